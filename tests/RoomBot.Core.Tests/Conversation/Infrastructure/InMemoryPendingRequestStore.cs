using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Parsing;

namespace RoomBot.Core.Tests.Conversation.Infrastructure;

public sealed class InMemoryPendingRequestStore : IPendingRequestStore
{
    private readonly Dictionary<string, (ParsedRequest Request, DateTimeOffset ExpiresAt)> _pending = [];

    public Task<ParsedRequest?> GetAsync(string userId, DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult(_pending.TryGetValue(userId, out var p) && p.ExpiresAt > now ? p.Request : null);

    public Task SaveAsync(string userId, ParsedRequest request, DateTimeOffset expiresAt, CancellationToken ct)
    {
        _pending[userId] = (request, expiresAt);
        return Task.CompletedTask;
    }

    public Task ClearAsync(string userId, CancellationToken ct)
    {
        _pending.Remove(userId);
        return Task.CompletedTask;
    }
}
