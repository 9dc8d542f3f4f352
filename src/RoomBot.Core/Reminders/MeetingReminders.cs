using System.Diagnostics.CodeAnalysis;

namespace RoomBot.Core.Reminders;

/// <summary>Stores, moves and removes a booking's reminder jobs; the host's worker sends them when they are due.</summary>
public sealed class MeetingReminders(
    IReminderStore store,
    RemindersOptions options,
    TimeProvider time,
    ReminderWakeUp wakeUp) : IMeetingReminders
{
    public async Task ScheduleAsync(ScheduledMeeting meeting, CancellationToken ct)
    {
        var known = await store.FindAsync(meeting.BookingId, ct);
        if (IsOpen(known) && known.Meeting.Start == meeting.Start && known.Meeting.End == meeting.End)
        {
            // Told twice about one booking (the bot's own book call, then WeCom's book_meeting_room event): the jobs
            // stored the first time stand, so nothing is sent twice.
            return;
        }

        await SaveAsync(meeting, ct);
    }

    public Task CancelAsync(string bookingId, CancellationToken ct) =>
        store.CancelAsync(bookingId, time.GetUtcNow(), ct);

    public async Task RescheduleAsync(string bookingId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var known = await store.FindAsync(bookingId, ct);
        if (!IsOpen(known))
        {
            return;
        }

        var moved = known.Meeting with { Start = start, End = end };
        await SaveAsync(moved, ct);
    }

    public async Task RelinkAsync(string bookingId, string newBookingId, DateTimeOffset start, DateTimeOffset end,
        CancellationToken ct)
    {
        var known = await store.FindAsync(bookingId, ct);
        if (!IsOpen(known))
        {
            return;
        }

        // The new booking's jobs first: a failure in between leaves a duplicate reminder rather than none.
        await SaveAsync(known.Meeting with { BookingId = newBookingId, Start = start, End = end }, ct);
        await store.CancelAsync(bookingId, time.GetUtcNow(), ct);
    }

    /// <summary>Stored, and neither cancelled nor released: the only state a booking's new time applies to.</summary>
    private static bool IsOpen([NotNullWhen(true)] ReminderMeeting? known) =>
        known is { CancelledAt: null, ReleasedAt: null };

    private async Task SaveAsync(ScheduledMeeting meeting, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var jobs = ReminderPlanner.Plan(meeting, options, now);
        await store.SaveAsync(meeting, jobs, ct);
        // The worker looks at least every PollSeconds; only a job due sooner needs it woken.
        if (jobs.Count > 0 && jobs.Min(j => j.DueAt) < now.AddSeconds(options.PollSeconds))
        {
            wakeUp.Notify();
        }
    }
}
