using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RoomBot.Core.Reminders;

namespace RoomBot.Storage.Reminders;

internal sealed class EfAppChatStore(IDbContextFactory<BotDbContext> contexts) : IAppChatStore
{
    public async Task<string?> FindAsync(string membersKey, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var hash = Hash(membersKey);
        return await db.Set<AppChatRow>().Where(c => c.MembersHash == hash).Select(c => c.ChatId).FirstOrDefaultAsync(ct);
    }

    public async Task<string> SaveAsync(string membersKey, string chatId, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var hash = Hash(membersKey);
        db.Add(new AppChatRow
        {
            MembersHash = hash,
            Members = membersKey,
            ChatId = chatId,
            CreatedAtMs = at.ToUnixTimeMilliseconds(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return chatId;
        }
        catch (DbUpdateException)
        {
            // Another instance created a chat for the same people a moment earlier: everyone uses that one.
            db.ChangeTracker.Clear();
            var stored = await db.Set<AppChatRow>().Where(c => c.MembersHash == hash).Select(c => c.ChatId)
                .FirstOrDefaultAsync(ct);
            return stored ?? throw new InvalidOperationException("The app chat could not be stored.");
        }
    }

    private static string Hash(string membersKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(membersKey)));
}
