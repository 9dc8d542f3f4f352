namespace RoomBot.Core.Reminders;

/// <summary>
/// Durable reminder jobs and the bookings they belong to. Implementations must be safe to share between threads and
/// between instances on one database: <see cref="ClaimDueAsync"/> claims with one atomic update.
/// </summary>
public interface IReminderStore
{
    /// <summary>Stores the booking (or its new time) and replaces its pending planned jobs, in one transaction.</summary>
    Task SaveAsync(ScheduledMeeting meeting, IReadOnlyList<PlannedJob> jobs, CancellationToken ct);

    Task<ReminderMeeting?> FindAsync(string bookingId, CancellationToken ct);

    /// <summary>The known bookings among <paramref name="bookingIds"/>, by id (one query for a whole batch of jobs).</summary>
    Task<IReadOnlyDictionary<string, ReminderMeeting>> FindManyAsync(IReadOnlyCollection<string> bookingIds,
        CancellationToken ct);

    /// <summary>Marks the booking cancelled and removes its pending planned jobs; false when it is unknown.</summary>
    Task<bool> CancelAsync(string bookingId, DateTimeOffset at, CancellationToken ct);

    /// <summary>
    /// Claims up to <paramref name="max"/> due jobs that nobody holds (or whose holder's lease ran out) for
    /// <paramref name="owner"/>, in one atomic update, and returns them.
    /// </summary>
    Task<IReadOnlyList<ReminderJob>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max,
        CancellationToken ct);

    /// <summary>Removes jobs that are done (sent, or dropped); only while the claim is still held.</summary>
    Task CompleteAsync(IReadOnlyCollection<ReminderJob> jobs, CancellationToken ct);

    /// <summary>Gives a failed job back, to be claimed again not before <paramref name="notBefore"/>.</summary>
    Task RetryAsync(ReminderJob job, DateTimeOffset notBefore, string error, CancellationToken ct);

    /// <summary>When the next job becomes claimable (due, or its lease runs out); null when there is none.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken ct);

    Task<CheckInResult> CheckInAsync(string bookingId, string userId, DateTimeOffset at, CancellationToken ct);

    /// <summary>
    /// Atomically marks the booking released, before cancel_book is called, so a click and the auto-release never both
    /// cancel. <paramref name="releasedBy"/> null (the bot) only succeeds while nobody checked in.
    /// </summary>
    Task<bool> TryBeginReleaseAsync(string bookingId, string? releasedBy, DateTimeOffset at, CancellationToken ct);

    /// <summary>cancel_book failed: the booking stands again.</summary>
    Task UndoReleaseAsync(string bookingId, CancellationToken ct);

    /// <summary>cancel_book succeeded: pending planned jobs go, the "room is free" notices are stored.</summary>
    Task CompleteReleaseAsync(string bookingId, IReadOnlyList<PlannedJob> notices, CancellationToken ct);

    /// <summary>Forgets bookings that ended before <paramref name="endedBefore"/> and have no pending job.</summary>
    Task<int> PurgeAsync(DateTimeOffset endedBefore, CancellationToken ct);
}
