namespace RoomBot.Core.Reminders;

/// <summary>
/// Keeps the stored reminders in step with the bookings: the conversation calls it after the bot books, cancels or
/// re-times a booking, and on WeCom's <c>book_meeting_room</c>/<c>cancel_meeting_room</c> events.
/// </summary>
public interface IMeetingReminders
{
    /// <summary>Stores the reminder (and the auto-release check) of a booking the bot just made.</summary>
    Task ScheduleAsync(ScheduledMeeting meeting, CancellationToken ct);

    /// <summary>Drops everything still pending for the booking (cancelled by card, text or a WeCom event).</summary>
    Task CancelAsync(string bookingId, CancellationToken ct);

    /// <summary>Moves the pending reminder and release check of a booking to its new time.</summary>
    Task RescheduleAsync(string bookingId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct);

    /// <summary>
    /// WeCom re-booked the booking's schedule as <paramref name="newBookingId"/> (the user re-timed it in the client,
    /// doc 95333): the pending reminders follow the new booking and its times; the old booking's are dropped.
    /// </summary>
    Task RelinkAsync(string bookingId, string newBookingId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct);
}
