using RoomBot.Core.Parsing;

namespace RoomBot.Core.Conversation.Stores;

/// <summary>The request each user still has to complete after the bot asked a question (persisted by the host).</summary>
public interface IPendingRequestStore
{
    /// <summary>The user's pending request, or null when there is none or it expired before <paramref name="now"/>.</summary>
    Task<ParsedRequest?> GetAsync(string userId, DateTimeOffset now, CancellationToken ct);

    Task SaveAsync(string userId, ParsedRequest request, DateTimeOffset expiresAt, CancellationToken ct);

    Task ClearAsync(string userId, CancellationToken ct);
}
