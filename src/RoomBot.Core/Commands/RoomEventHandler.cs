using Microsoft.Extensions.Logging;
using RoomBot.Core.Booking;
using RoomBot.Core.Conversation;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Commands;

/// <summary>
/// book_meeting_room / cancel_meeting_room (doc 95333): bookings changed outside the bot, e.g. in the WeCom client or
/// by editing the linked schedule (which cancels and re-books). The bot keeps its cards and reminders in step and
/// says nothing: the user made the change themselves.
/// </summary>
public sealed partial class RoomEventHandler(
    ICardStore cards,
    Cancellation cancellation,
    ReminderHooks reminders,
    ILogger<RoomEventHandler> logger)
{
    public async Task<IReadOnlyList<BotReply>> HandleAsync(IncomingMessage message, Turn turn, CancellationToken ct)
    {
        // 95333 names it BookingId; the callback layer carries it as MeetingId.
        if (message.MeetingId is not { Length: > 0 } bookingId)
        {
            return [];
        }

        LogEvent(logger, message.Kind.ToString(), message.MeetingRoomId, bookingId);
        if (message.Kind == IncomingKind.RoomCancelled)
        {
            await cancellation.FollowCancelledAsync(bookingId, null, ct);
            return [];
        }

        var known = await cards.FindOpenByBookingAsync(bookingId, ct);
        if (known.Count == 0 || message.MeetingRoomId is not { } roomId)
        {
            return [];
        }

        var slot = await cancellation.LookUpAsync(roomId, bookingId, ct);
        if (slot is null || slot.Status == BookingStatus.Cancelled)
        {
            await cancellation.FollowCancelledAsync(bookingId, null, ct);
        }
        else if (known.Any(c => c.Start?.ToUnixTimeSeconds() != slot.StartTime || c.End?.ToUnixTimeSeconds() != slot.EndTime))
        {
            await reminders.MovedAsync(bookingId, turn.FromUnix(slot.StartTime), turn.FromUnix(slot.EndTime), ct);
        }

        return [];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Room event {Kind} for room {RoomId}, booking {BookingId}")]
    private static partial void LogEvent(ILogger logger, string kind, int? roomId, string bookingId);
}
