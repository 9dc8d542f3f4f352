using Microsoft.EntityFrameworkCore;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Parsing;

namespace RoomBot.Storage.Conversation;

/// <summary>Each user's pending question in the bot's database, so an answer after a restart still lands.</summary>
internal sealed class EfPendingRequestStore(BotDbContext db) : IPendingRequestStore
{
    private DbSet<PendingQuestion> Questions => db.Set<PendingQuestion>();

    public async Task<ParsedRequest?> GetAsync(string userId, DateTimeOffset now, CancellationToken ct)
    {
        var row = await Questions.AsNoTracking().FirstOrDefaultAsync(q => q.UserId == userId, ct);
        if (row is null)
        {
            return null;
        }

        if (row.ExpiresAt <= now.ToUnixTimeSeconds())
        {
            await ClearAsync(userId, ct);
            return null;
        }

        return RequestJson.Deserialize(row.RequestJson);
    }

    public async Task SaveAsync(string userId, ParsedRequest request, DateTimeOffset expiresAt, CancellationToken ct)
    {
        var json = RequestJson.Serialize(request);
        var expires = expiresAt.ToUnixTimeSeconds();
        if (await UpdateAsync(userId, json, expires, ct) == 0)
        {
            Questions.Add(new PendingQuestion { UserId = userId, RequestJson = json, ExpiresAt = expires });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // A concurrent turn of the same user inserted first: the newest question wins.
                db.ChangeTracker.Clear();
                await UpdateAsync(userId, json, expires, ct);
            }
        }
    }

    private Task<int> UpdateAsync(string userId, string json, long expires, CancellationToken ct) =>
        Questions.Where(q => q.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.RequestJson, json).SetProperty(q => q.ExpiresAt, expires), ct);

    public Task ClearAsync(string userId, CancellationToken ct) =>
        Questions.Where(q => q.UserId == userId).ExecuteDeleteAsync(ct);
}
