using RoomBot.Core.Replies;

namespace RoomBot.Core.Conversation;

/// <summary>The one place an incoming message is routed to its handler.</summary>
public interface IConversationDispatcher
{
    Task<IReadOnlyList<BotReply>> DispatchAsync(IncomingMessage message, CancellationToken ct);
}
