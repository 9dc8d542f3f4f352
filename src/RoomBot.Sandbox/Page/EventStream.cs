using System.Runtime.CompilerServices;
using RoomBot.Sandbox.Feed;

namespace RoomBot.Sandbox.Page;

/// <summary>The feed as the page's SSE stream: ends quietly when the browser leaves or the host stops.</summary>
internal static class EventStream
{
    public static async IAsyncEnumerable<PageEvent> ReadAsync(ISandboxFeed feed, [EnumeratorCancellation] CancellationToken ct)
    {
        yield return PageEvent.Connected;
        var events = feed.SubscribeAsync(ct).GetAsyncEnumerator(ct);
        try
        {
            while (await MoveNextQuietlyAsync(events))
            {
                yield return PageEvent.From(events.Current);
            }
        }
        finally
        {
            await events.DisposeAsync();
        }
    }

    // A closed tab or a stopping host cancels the subscription; that is the normal end of a stream, not an error.
    private static async ValueTask<bool> MoveNextQuietlyAsync(IAsyncEnumerator<SandboxEvent> events)
    {
        try
        {
            return await events.MoveNextAsync();
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
