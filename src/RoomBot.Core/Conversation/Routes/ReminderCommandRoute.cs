using RoomBot.Core.Reminders;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Conversation.Routes;

/// <summary>The reminders' own text commands ("add group design KEY" / "添加群 设计组 KEY").</summary>
public sealed class ReminderCommandRoute(IEnumerable<IReminderConversation> reminderConversations) : ITextRoute
{
    public async Task<IReadOnlyList<BotReply>?> TryHandleAsync(Turn turn, CancellationToken ct)
    {
        foreach (var reminders in reminderConversations)
        {
            if (await reminders.TryHandleTextAsync(turn.Message, ct) is { } handled)
            {
                return handled;
            }
        }

        return null;
    }
}
