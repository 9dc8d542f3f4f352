using Microsoft.Extensions.Logging;
using RoomBot.Core.Booking;
using RoomBot.Core.Conversation;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Commands;

/// <summary>
/// book_meeting_room / cancel_meeting_room (doc 95333): bookings changed outside the bot, e.g. in the WeCom client or
/// by editing the linked schedule (which cancels and re-books). With the event's BookingId the bot acts on exactly that
/// booking, as WeCom knows it now (bookinfo/get); without one it re-reads its own open bookings of the room. It says
/// nothing either way: the user made the change.
/// </summary>
public sealed partial class RoomEventHandler(
    ICardStore cards,
    Cancellation cancellation,
    ReminderHooks reminders,
    ILogger<RoomEventHandler> logger)
{
    public async Task<IReadOnlyList<BotReply>> HandleAsync(IncomingMessage message, Turn turn, CancellationToken ct)
    {
        var bookingId = message.BookingId is { Length: > 0 } id ? id : null;
        LogEvent(logger, message.Kind.ToString(), message.MeetingRoomId, bookingId);

        if (bookingId is null)
        {
            if (message.MeetingRoomId is { } roomId)
            {
                await ReconcileAsync(await cards.FindOpenByRoomAsync(roomId, turn.Now, ct), turn, ct);
            }

            return [];
        }

        var own = await cards.FindOpenByBookingAsync(bookingId, ct);
        if (own.Count > 0)
        {
            // The bot's own booking: cancelled in the client, or the echo of the bot's book call (times unchanged).
            await ReconcileAsync(own, turn, ct);
        }
        else if (message.Kind == IncomingKind.RoomBooked && message.MeetingRoomId is { } roomId)
        {
            await FollowRebookingAsync(roomId, bookingId, turn, ct);
        }

        return [];
    }

    private async Task ReconcileAsync(IEnumerable<CardRecord> known, Turn turn, CancellationToken ct)
    {
        foreach (var card in known.Where(c => c is { BookingId: not null, MeetingRoomId: not null }).DistinctBy(c => c.BookingId))
        {
            var slot = await cancellation.LookUpAsync(card.MeetingRoomId!.Value, card.BookingId!, ct);
            if (slot is null || slot.Status == BookingStatus.Cancelled)
            {
                await cancellation.FollowCancelledAsync(card.BookingId!, null, ct);
            }
            else if (card.Start?.ToUnixTimeSeconds() != slot.StartTime || card.End?.ToUnixTimeSeconds() != slot.EndTime)
            {
                var (start, end) = (turn.FromUnix(slot.StartTime), turn.FromUnix(slot.EndTime));
                await reminders.MovedAsync(card.BookingId!, start, end, ct);
                // The cards learn the new times too: "Cancelled …" names them, and the next event sees nothing moved.
                foreach (var same in known.Where(c => c.BookingId == card.BookingId))
                {
                    await cards.RelinkAsync(same.TaskId, card.BookingId!, start, end, ct);
                }
            }
        }
    }

    /// <summary>
    /// A booking the bot did not make. When the user re-times a schedule the bot booked, WeCom books the schedule again
    /// under a new booking id: the same schedule_id as one of the bot's cards makes it that booking's successor.
    /// </summary>
    private async Task FollowRebookingAsync(int roomId, string bookingId, Turn turn, CancellationToken ct)
    {
        var candidates = (await cards.FindOpenByRoomAsync(roomId, turn.Now, ct))
            .Where(c => c is { BookingId: not null, MeetingRoomId: not null })
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var booked = await cancellation.LookUpAsync(roomId, bookingId, ct);
        if (booked is not { ScheduleId: { Length: > 0 } scheduleId } || booked.Status == BookingStatus.Cancelled)
        {
            return;
        }

        foreach (var card in candidates.DistinctBy(c => c.BookingId))
        {
            var previous = await cancellation.LookUpAsync(card.MeetingRoomId!.Value, card.BookingId!, ct);
            if (previous?.ScheduleId != scheduleId)
            {
                continue;
            }

            var (start, end) = (turn.FromUnix(booked.StartTime), turn.FromUnix(booked.EndTime));
            await reminders.RelinkedAsync(card.BookingId!, bookingId, start, end, ct);
            foreach (var linked in candidates.Where(c => c.BookingId == card.BookingId))
            {
                await cards.RelinkAsync(linked.TaskId, bookingId, start, end, ct);
            }

            LogRebooked(logger, card.BookingId!, bookingId, scheduleId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Room event {Kind} for room {RoomId}, booking {BookingId}")]
    private static partial void LogEvent(ILogger logger, string kind, int? roomId, string? bookingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking {BookingId} re-booked as {NewBookingId} (schedule {ScheduleId})")]
    private static partial void LogRebooked(ILogger logger, string bookingId, string newBookingId, string scheduleId);
}
