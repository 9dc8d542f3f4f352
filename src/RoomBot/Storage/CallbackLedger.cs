using Microsoft.EntityFrameworkCore;

namespace RoomBot.Storage;

/// <summary>
/// Remembers which callbacks were taken on, so each message is handled once although WeCom delivers it up to
/// four times (doc 90238), also across a restart and with several instances on one database.
/// </summary>
public sealed class CallbackLedger(BotDbContext db, TimeProvider time)
{
    /// <summary>
    /// Claims <paramref name="key"/> for this turn. A claim older than <paramref name="reclaimAfter"/> that never
    /// completed belongs to a turn that died (a live one answers well inside WeCom's 5 s): it is taken over.
    /// </summary>
    public async Task<LedgerClaim> TryBeginAsync(string key, TimeSpan reclaimAfter, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        // ON CONFLICT DO NOTHING is valid in SQLite and PostgreSQL alike: an atomic claim without a read first.
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO processed_callbacks (callback_key, started_at, completed) VALUES ({key}, {now}, {false}) ON CONFLICT DO NOTHING", ct);
        if (inserted == 1)
        {
            return LedgerClaim.Begun;
        }

        var row = await db.ProcessedCallbacks.AsNoTracking().SingleAsync(x => x.Key == key, ct);
        if (row.Completed)
        {
            return LedgerClaim.Done(row.ReplyXml);
        }

        var staleBefore = now - (long)reclaimAfter.TotalMilliseconds;
        // One conditional UPDATE: of several instances seeing the same stale claim, exactly one moves it (on
        // PostgreSQL the losers wait for the row lock and then find started_at changed).
        var reclaimed = await db.ProcessedCallbacks
            .Where(x => x.Key == key && !x.Completed && x.StartedAt == row.StartedAt && x.StartedAt < staleBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartedAt, now), ct);
        if (reclaimed == 1)
        {
            return LedgerClaim.Begun;
        }

        // The turn may have completed between the read and the update: then its reply is the answer.
        var latest = await db.ProcessedCallbacks.AsNoTracking().SingleAsync(x => x.Key == key, ct);
        return latest.Completed ? LedgerClaim.Done(latest.ReplyXml) : LedgerClaim.InFlight;
    }

    public Task CompleteAsync(string key, string? replyXml, CancellationToken ct) =>
        db.ProcessedCallbacks.Where(x => x.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Completed, true).SetProperty(x => x.ReplyXml, replyXml), ct);

    /// <summary>Forgets claims older than <paramref name="age"/>; WeCom stops retrying within seconds.</summary>
    public Task<int> PurgeAsync(TimeSpan age, CancellationToken ct)
    {
        var cutoff = time.GetUtcNow().Add(-age).ToUnixTimeMilliseconds();
        return db.ProcessedCallbacks.Where(x => x.StartedAt < cutoff).ExecuteDeleteAsync(ct);
    }
}
