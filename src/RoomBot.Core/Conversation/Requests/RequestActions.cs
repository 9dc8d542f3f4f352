using RoomBot.Core.Commands;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Conversation.Requests;

/// <summary>
/// Acts on an understood request: asks its open question, else hands it to its intent's handler. The one place a
/// request turns into action, whether it came fresh or completed an earlier question.
/// </summary>
public sealed class RequestActions(Clarifier clarifier, IEnumerable<IntentRoute> intents, IServiceProvider services)
{
    public async Task<IReadOnlyList<BotReply>> ActAsync(ParsedRequest request, Turn turn, CancellationToken ct)
    {
        if (request.Clarify is { Length: > 0 } question)
        {
            return await clarifier.AskAsync(request, question, turn, ct);
        }

        return intents.LastOrDefault(i => i.Intent == request.Intent) is { } route
            ? await route.Handle(services, request, turn, ct)
            : HelpHandler.Reply(turn.Language, understood: false);
    }
}
