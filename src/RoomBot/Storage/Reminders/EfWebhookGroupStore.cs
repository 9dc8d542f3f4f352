using Microsoft.EntityFrameworkCore;
using RoomBot.Core.Reminders;

namespace RoomBot.Storage.Reminders;

internal sealed class EfWebhookGroupStore(IDbContextFactory<BotDbContext> contexts) : IWebhookGroupStore
{
    public async Task<string?> FindKeyAsync(string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<WebhookGroupRow>().Where(g => g.Name == name).Select(g => g.Key).FirstOrDefaultAsync(ct);
    }

    public async Task SaveAsync(string name, string key, string registeredBy, DateTimeOffset at, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var row = await db.Set<WebhookGroupRow>().FindAsync([name], ct);
            if (row is null)
            {
                row = new WebhookGroupRow { Name = name };
                db.Add(row);
            }

            row.Key = key;
            row.RegisteredBy = registeredBy;
            row.RegisteredAtMs = at.ToUnixTimeMilliseconds();
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // The same name was registered at the same moment (another turn or instance): the later one wins.
            }
        }
    }
}
