using RoomBot.Core.Conversation;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Reminders;

/// <summary>
/// The reminders' own part of the conversation: Check in / Release clicks on the reminder card and registering a
/// webhook group in chat ("add group design KEY" / "添加群 设计组 KEY"). The dispatcher asks it first.
/// </summary>
public interface IReminderConversation
{
    /// <summary>True for the action keys of the reminder card ("checkin:", "release:").</summary>
    bool CanHandleAction(string actionKey);

    Task<IReadOnlyList<BotReply>> HandleActionAsync(IncomingMessage click, CancellationToken ct);

    /// <summary>The replies when the text is a reminder command; null when it is not (the dispatcher goes on).</summary>
    Task<IReadOnlyList<BotReply>?> TryHandleTextAsync(IncomingMessage text, CancellationToken ct);
}
