using Microsoft.EntityFrameworkCore;
using RoomBot.Core.Reminders;

namespace RoomBot.Storage.Reminders;

/// <summary>
/// <see cref="IReminderStore"/> on the bot's database. A singleton that opens a short-lived context per call, so the
/// worker, its parallel deliveries and the conversation can all use it at once.
/// </summary>
internal sealed class EfReminderStore(IDbContextFactory<BotDbContext> contexts) : IReminderStore
{
    private static readonly int[] PlannedKinds =
        Enum.GetValues<ReminderJobKind>().Where(k => k.IsPlanned()).Select(k => (int)k).ToArray();

    public async Task SaveAsync(ScheduledMeeting meeting, IReadOnlyList<PlannedJob> jobs, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var existed = await LockMeetingAsync(db, meeting.BookingId, ct);
            var row = existed ? await db.Set<ReminderMeetingRow>().FindAsync([meeting.BookingId], ct) : null;
            if (row is null)
            {
                row = new ReminderMeetingRow();
                db.Add(row);
            }

            ReminderMeetingMapping.CopyMeeting(meeting, row);
            // A new time is a new occasion: earlier check-ins and releases do not carry over.
            row.CheckedInBy = null;
            row.CheckedInAtMs = null;
            row.ReleasedAtMs = null;
            row.ReleasedBy = null;
            row.CancelledAtMs = null;
            await DeletePlannedAsync(db, meeting.BookingId, ct);
            AddJobs(db, meeting.BookingId, jobs);
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt == 1 && !existed)
            {
                // Another turn or instance stored this booking first: save again, now over its row.
            }
        }
    }

    public async Task<ReminderMeeting?> FindAsync(string bookingId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Set<ReminderMeetingRow>().AsNoTracking().FirstOrDefaultAsync(m => m.BookingId == bookingId, ct);
        return row is null ? null : ReminderMeetingMapping.ToMeeting(row);
    }

    public async Task<IReadOnlyDictionary<string, ReminderMeeting>> FindManyAsync(IReadOnlyCollection<string> bookingIds,
        CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<ReminderMeetingRow>().AsNoTracking()
            .Where(m => bookingIds.Contains(m.BookingId))
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.BookingId, ReminderMeetingMapping.ToMeeting, StringComparer.Ordinal);
    }

    public async Task<bool> CancelAsync(string bookingId, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var atMs = at.ToUnixTimeMilliseconds();
        await db.Set<ReminderMeetingRow>()
            .Where(m => m.BookingId == bookingId && m.CancelledAtMs == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CancelledAtMs, atMs), ct);
        // "Room is free" notices of a release stay: WeCom reports our own cancel_book as cancel_meeting_room too.
        await DeletePlannedAsync(db, bookingId, ct);
        return await db.Set<ReminderMeetingRow>().AnyAsync(m => m.BookingId == bookingId, ct);
    }

    public async Task<IReadOnlyList<ReminderJob>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max,
        CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var nowMs = now.ToUnixTimeMilliseconds();
        var leaseMs = (now + lease).ToUnixTimeMilliseconds();
        var token = Guid.NewGuid().ToString("N");
        // Another runner may take the same candidates first; then look again (a few times) for the ones it left.
        for (var round = 0; round < 3; round++)
        {
            var candidates = await db.Set<ReminderJobRow>()
                .Where(j => j.NotBeforeMs <= nowMs && (j.ClaimToken == null || j.LeaseUntilMs < nowMs))
                .OrderBy(j => j.NotBeforeMs)
                .Select(j => j.Id)
                .Take(max)
                .ToListAsync(ct);
            if (candidates.Count == 0)
            {
                return [];
            }

            // ONE atomic UPDATE claims the batch, and the claim condition is checked on each row it changes, so two
            // runners (two instances on one database) can never both hold a job: SQLite runs writers one at a time,
            // PostgreSQL re-checks the WHERE on the row it locked.
            var claimed = await db.Set<ReminderJobRow>()
                .Where(j => candidates.Contains(j.Id) && (j.ClaimToken == null || j.LeaseUntilMs < nowMs))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.ClaimToken, token)
                    .SetProperty(j => j.ClaimedBy, owner)
                    .SetProperty(j => j.LeaseUntilMs, leaseMs)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
            if (claimed > 0)
            {
                break;
            }
        }

        var rows = await db.Set<ReminderJobRow>().AsNoTracking().Where(j => j.ClaimToken == token).ToListAsync(ct);
        return rows
            .Select(j => new ReminderJob(j.Id, j.BookingId, (ReminderJobKind)j.Kind,
                ReminderMeetingMapping.FromMs(j.DueAtMs), j.Attempts, token))
            .OrderBy(j => j.DueAt)
            .ToList();
    }

    public async Task CompleteAsync(IReadOnlyCollection<ReminderJob> jobs, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        foreach (var claim in jobs.GroupBy(j => j.ClaimToken))
        {
            var ids = claim.Select(j => j.Id).ToList();
            var token = claim.Key;
            await db.Set<ReminderJobRow>()
                .Where(j => ids.Contains(j.Id) && j.ClaimToken == token)
                .ExecuteDeleteAsync(ct);
        }
    }

    public async Task RetryAsync(ReminderJob job, DateTimeOffset notBefore, string error, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var notBeforeMs = notBefore.ToUnixTimeMilliseconds();
        var lastError = error.Length > 1000 ? error[..1000] : error;
        await db.Set<ReminderJobRow>()
            .Where(j => j.Id == job.Id && j.ClaimToken == job.ClaimToken)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.ClaimToken, (string?)null)
                .SetProperty(j => j.ClaimedBy, (string?)null)
                .SetProperty(j => j.LeaseUntilMs, (long?)null)
                .SetProperty(j => j.NotBeforeMs, notBeforeMs)
                .SetProperty(j => j.LastError, lastError), ct);
    }

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var next = await db.Set<ReminderJobRow>()
            .Select(j => (long?)(j.ClaimToken == null ? j.NotBeforeMs : j.LeaseUntilMs ?? j.NotBeforeMs))
            .MinAsync(ct);
        return next is { } ms ? ReminderMeetingMapping.FromMs(ms) : null;
    }

    public async Task<CheckInResult> CheckInAsync(string bookingId, string userId, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var atMs = at.ToUnixTimeMilliseconds();
        var changed = await db.Set<ReminderMeetingRow>()
            .Where(m => m.BookingId == bookingId && m.CancelledAtMs == null && m.ReleasedAtMs == null &&
                        m.CheckedInBy == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.CheckedInBy, userId)
                .SetProperty(m => m.CheckedInAtMs, atMs), ct);
        if (changed == 1)
        {
            var release = (int)ReminderJobKind.AutoRelease;
            await db.Set<ReminderJobRow>()
                .Where(j => j.BookingId == bookingId && j.Kind == release)
                .ExecuteDeleteAsync(ct);
            return CheckInResult.CheckedIn;
        }

        var row = await db.Set<ReminderMeetingRow>().AsNoTracking().FirstOrDefaultAsync(m => m.BookingId == bookingId, ct);
        return row switch
        {
            null or { CancelledAtMs: not null } => CheckInResult.Unknown,
            { ReleasedAtMs: not null } => CheckInResult.Released,
            _ => CheckInResult.AlreadyCheckedIn,
        };
    }

    public async Task<bool> TryBeginReleaseAsync(string bookingId, string? releasedBy, DateTimeOffset at,
        CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var atMs = at.ToUnixTimeMilliseconds();
        var open = db.Set<ReminderMeetingRow>()
            .Where(m => m.BookingId == bookingId && m.ReleasedAtMs == null && m.CancelledAtMs == null);
        if (releasedBy is null)
        {
            open = open.Where(m => m.CheckedInBy == null);
        }

        var changed = await open.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ReleasedAtMs, atMs)
            .SetProperty(m => m.ReleasedBy, releasedBy), ct);
        return changed == 1;
    }

    public async Task UndoReleaseAsync(string bookingId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<ReminderMeetingRow>()
            .Where(m => m.BookingId == bookingId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ReleasedAtMs, (long?)null)
                .SetProperty(m => m.ReleasedBy, (string?)null), ct);
    }

    public async Task CompleteReleaseAsync(string bookingId, IReadOnlyList<PlannedJob> notices, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockMeetingAsync(db, bookingId, ct);
        await DeletePlannedAsync(db, bookingId, ct);
        AddJobs(db, bookingId, notices);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task<int> PurgeAsync(DateTimeOffset endedBefore, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var beforeMs = endedBefore.ToUnixTimeMilliseconds();
        var jobs = db.Set<ReminderJobRow>();
        return await db.Set<ReminderMeetingRow>()
            .Where(m => m.EndMs < beforeMs && !jobs.Any(j => j.BookingId == m.BookingId))
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// Takes the meeting row's write lock for the rest of the transaction (a no-op UPDATE, valid on both providers), so
    /// two saves of one booking run one after the other: under PostgreSQL's READ COMMITTED the second one's DELETE
    /// would otherwise miss the jobs the first inserted, and both sets would be sent. False when there is no row yet.
    /// </summary>
    private static async Task<bool> LockMeetingAsync(BotDbContext db, string bookingId, CancellationToken ct) =>
        await db.Set<ReminderMeetingRow>().Where(m => m.BookingId == bookingId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CancelledAtMs, m => m.CancelledAtMs), ct) == 1;

    private static Task<int> DeletePlannedAsync(BotDbContext db, string bookingId, CancellationToken ct) =>
        db.Set<ReminderJobRow>()
            .Where(j => j.BookingId == bookingId && PlannedKinds.Contains(j.Kind))
            .ExecuteDeleteAsync(ct);

    private static void AddJobs(BotDbContext db, string bookingId, IReadOnlyList<PlannedJob> jobs)
    {
        foreach (var job in jobs)
        {
            var dueMs = job.DueAt.ToUnixTimeMilliseconds();
            db.Add(new ReminderJobRow { BookingId = bookingId, Kind = (int)job.Kind, DueAtMs = dueMs, NotBeforeMs = dueMs });
        }
    }
}
