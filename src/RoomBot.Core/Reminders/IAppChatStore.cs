namespace RoomBot.Core.Reminders;

/// <summary>The app group chats the bot created, one per set of people, so the same people share one chat.</summary>
public interface IAppChatStore
{
    Task<string?> FindAsync(string membersKey, CancellationToken ct);

    /// <summary>Stores the chat of these people and returns the one stored (an earlier one wins a race).</summary>
    Task<string> SaveAsync(string membersKey, string chatId, DateTimeOffset at, CancellationToken ct);
}
