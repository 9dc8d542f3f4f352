using RoomBot.Core.Conversation.Requests;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Conversation.Routes;

/// <summary>
/// An answer to the question the bot asked ("3pm", "room 2", "明天", "the second one" among the rooms it named) is
/// merged into the request that asked it. A complete request of its own replaces the question instead.
/// </summary>
public sealed class PendingAnswerRoute(OpenQuestion open, Understanding understanding, RequestActions actions) : ITextRoute
{
    public async Task<IReadOnlyList<BotReply>?> TryHandleAsync(Turn turn, CancellationToken ct)
    {
        if (await open.PendingAsync(turn, ct) is not { } asked)
        {
            return null;
        }

        var answer = turn.Text;
        if (RoomQuestion.Picked(asked.Clarify, await understanding.RoomsAsync(turn, ct), answer) is { } room)
        {
            answer = room.Name;
        }
        else if (StandsAlone(await understanding.ParseAsync(turn, ct)))
        {
            await open.ClearPendingAsync(turn, ct);
            return null;
        }

        await open.ClearPendingAsync(turn, ct);
        var merged = await understanding.MergeAsync(asked, answer, turn, ct);
        return await actions.ActAsync(merged, turn with { Language = merged.Language }, ct);
    }

    /// <summary>
    /// A complete new request replaces the pending question ("cancel my 3pm booking" while the bot waits for a time);
    /// anything partial ("3pm", "room 2", "明天") answers it.
    /// </summary>
    private static bool StandsAlone(ParsedRequest request) =>
        request.Clarify is null && request.Intent is not Intent.Unknown;
}
