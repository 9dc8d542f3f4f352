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
        if (known is { CancelledAt: null, ReleasedAt: null } &&
            known.Meeting.Start == meeting.Start && known.Meeting.End == meeting.End)
        {
            // Told twice about one booking (the bot's own book call, then WeCom's book_meeting_room event): the jobs
            // stored the first time stand, so nothing is sent twice.
            return;
        }

        await store.SaveAsync(meeting, ReminderPlanner.Plan(meeting, options, time.GetUtcNow()), ct);
        wakeUp.Notify();
    }

    public Task CancelAsync(string bookingId, CancellationToken ct) =>
        store.CancelAsync(bookingId, time.GetUtcNow(), ct);

    public async Task RescheduleAsync(string bookingId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var known = await store.FindAsync(bookingId, ct);
        if (known is null || known.CancelledAt is not null || known.ReleasedAt is not null)
        {
            return;
        }

        var moved = known.Meeting with { Start = start, End = end };
        await store.SaveAsync(moved, ReminderPlanner.Plan(moved, options, time.GetUtcNow()), ct);
        wakeUp.Notify();
    }
}
