using Microsoft.Extensions.Options;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Parsing;

namespace RoomBot.Core.Conversation;

/// <summary>
/// What the bot is waiting for from this user, read once per turn: the question it asked (the pending request) and
/// the latest card of choices it offered. Both expire after <see cref="RoomBotOptions.PendingQuestionLifetime"/>; an
/// expired one is never seen here.
/// </summary>
public sealed class OpenQuestion(IPendingRequestStore pending, ICardStore cards, IOptions<RoomBotOptions> options)
{
    private (bool Read, ParsedRequest? Value) _pending;
    private (bool Read, CardRecord? Value) _choice;

    /// <summary>The request whose question is still open, or null.</summary>
    public async Task<ParsedRequest?> PendingAsync(Turn turn, CancellationToken ct)
    {
        if (!_pending.Read)
        {
            _pending = (true, await pending.GetAsync(turn.UserId, turn.Now, ct));
        }

        return _pending.Value;
    }

    /// <summary>The newest card of choices still open (nothing picked yet) and not expired, or null.</summary>
    public async Task<CardRecord?> LatestChoiceAsync(Turn turn, CancellationToken ct)
    {
        if (!_choice.Read)
        {
            _choice = (true, await cards.LatestOpenChoiceAsync(turn.UserId, turn.Now - options.Value.PendingQuestionLifetime, ct));
        }

        return _choice.Value;
    }

    /// <summary>Forgets the question: it was answered, replaced by a new request, or dropped.</summary>
    public async Task ClearPendingAsync(Turn turn, CancellationToken ct)
    {
        if (await PendingAsync(turn, ct) is not null)
        {
            await pending.ClearAsync(turn.UserId, ct);
        }

        _pending = (true, null);
    }
}
