using Microsoft.Extensions.Options;
using RoomBot.Core.Conversation;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Commands;

/// <summary>Asks the user a question and remembers the request until the answer comes (or it expires).</summary>
public sealed class Clarifier(IPendingRequestStore pending, IOptions<RoomBotOptions> options)
{
    public async Task<IReadOnlyList<BotReply>> AskAsync(ParsedRequest request, string question, Turn turn, CancellationToken ct)
    {
        await pending.SaveAsync(turn.UserId, request with { Clarify = question }, turn.Now + options.Value.PendingQuestionLifetime, ct);
        return [new BotReply.Text(question)];
    }
}
