using RoomBot.Core.Conversation.Routes;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Conversation;

/// <summary>
/// A typed message: passed through the ordered <see cref="ITextRoute"/>s (reminder commands, a pick of the latest
/// choices, the answer to an open question, a fresh request) until one answers. Registration order is the order
/// (<see cref="TextRoutes"/>).
/// </summary>
public sealed class TextConversation(IEnumerable<ITextRoute> routes)
{
    public async Task<IReadOnlyList<BotReply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        foreach (var route in routes)
        {
            if (await route.TryHandleAsync(turn, ct) is { } replies)
            {
                return replies;
            }
        }

        // FreshRequestRoute always answers; an empty list means the routes were registered without it.
        return [];
    }
}
