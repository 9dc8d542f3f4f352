using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace RoomBot.Sandbox.Feed;

/// <summary>
/// One bounded channel per subscriber: a slow page drops its oldest events rather than holding up the API.
/// </summary>
internal sealed class SandboxFeed : ISandboxFeed
{
    private const int Capacity = 1000;
    private readonly ConcurrentDictionary<Channel<SandboxEvent>, byte> _subscribers = new();

    public void Publish(SandboxEvent e)
    {
        foreach (var channel in _subscribers.Keys)
        {
            channel.Writer.TryWrite(e);
        }
    }

    public async IAsyncEnumerable<SandboxEvent> SubscribeAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<SandboxEvent>(new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        _subscribers.TryAdd(channel, 0);
        try
        {
            while (await WaitAsync(channel, ct))
            {
                while (channel.Reader.TryRead(out var e))
                {
                    yield return e;
                }
            }
        }
        finally
        {
            _subscribers.TryRemove(channel, out _);
        }
    }

    private static async Task<bool> WaitAsync(Channel<SandboxEvent> channel, CancellationToken ct)
    {
        try
        {
            return await channel.Reader.WaitToReadAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
