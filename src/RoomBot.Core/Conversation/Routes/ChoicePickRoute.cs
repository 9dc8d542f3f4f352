using RoomBot.Core.Commands;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Conversation.Routes;

/// <summary>
/// "the first one" / "2" / "第二个" answers the bot's latest card of numbered choices as if its button had been
/// clicked. A question of the parser that offers rooms by name ("Several rooms match: A, B") is the pending answer's.
/// </summary>
public sealed class ChoicePickRoute(OpenQuestion open, Understanding understanding, CardActionHandler cardActions) : ITextRoute
{
    public async Task<IReadOnlyList<BotReply>?> TryHandleAsync(Turn turn, CancellationToken ct)
    {
        if (OrdinalAnswer.TryParse(turn.Text) is not { } number)
        {
            return null;
        }

        var asked = await open.PendingAsync(turn, ct);
        if (asked is not null && RoomQuestion.Offered(asked.Clarify, await understanding.RoomsAsync(turn, ct)).Count > 1)
        {
            return null;
        }

        if (await open.LatestChoiceAsync(turn, ct) is not { } offer || number > offer.ChoiceKeys.Count)
        {
            return null;
        }

        // The pick answers the newer numbered card; an older question must not swallow the next message.
        await open.ClearPendingAsync(turn, ct);
        return await PickAsync(turn, offer, number, ct);
    }

    /// <summary>There is no clicked card to update passively, so only the replies remain.</summary>
    private async Task<IReadOnlyList<BotReply>> PickAsync(Turn turn, CardRecord offer, int number, CancellationToken ct)
    {
        var click = turn.Message with
        {
            Kind = IncomingKind.CardAction, CardTaskId = offer.TaskId, ActionKey = offer.ChoiceKeys[number - 1], ResponseCode = null,
        };
        var replies = await cardActions.HandleAsync(click, turn with { Message = click }, ct);
        return replies.Where(r => r is not BotReply.UpdateButton and not BotReply.UpdateCard).ToList();
    }
}
