using RoomBot.Core.Conversation.Requests;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Conversation.Routes;

/// <summary>The last route: the message understood on its own and acted on. It always answers.</summary>
public sealed class FreshRequestRoute(Understanding understanding, RequestActions actions) : ITextRoute
{
    public async Task<IReadOnlyList<BotReply>?> TryHandleAsync(Turn turn, CancellationToken ct)
    {
        var request = await understanding.ParseAsync(turn, ct);
        return await actions.ActAsync(request, turn with { Language = request.Language }, ct);
    }
}
