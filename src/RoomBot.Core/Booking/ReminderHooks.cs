using Microsoft.Extensions.Logging;
using RoomBot.Core.Reminders;

namespace RoomBot.Core.Booking;

/// <summary>
/// Tells the reminders feature (issue 6) about bookings made, cancelled and moved. It is optional — the bot books and
/// cancels without it — and its failure never undoes a booking: it is logged and the conversation goes on.
/// </summary>
public sealed partial class ReminderHooks(IEnumerable<IMeetingReminders> reminders, ILogger<ReminderHooks> logger)
{
    public Task BookedAsync(ScheduledMeeting meeting, CancellationToken ct) =>
        EachAsync(meeting.BookingId, r => r.ScheduleAsync(meeting, ct));

    public Task CancelledAsync(string bookingId, CancellationToken ct) =>
        EachAsync(bookingId, r => r.CancelAsync(bookingId, ct));

    public Task MovedAsync(string bookingId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct) =>
        EachAsync(bookingId, r => r.RescheduleAsync(bookingId, start, end, ct));

    public Task RelinkedAsync(string bookingId, string newBookingId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct) =>
        EachAsync(bookingId, r => r.RelinkAsync(bookingId, newBookingId, start, end, ct));

    private async Task EachAsync(string bookingId, Func<IMeetingReminders, Task> call)
    {
        foreach (var reminder in reminders)
        {
            try
            {
                await call(reminder);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, bookingId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminders could not follow booking {BookingId}")]
    private static partial void LogFailed(ILogger logger, Exception ex, string bookingId);
}
