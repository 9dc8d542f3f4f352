using Microsoft.Extensions.Logging;
using RoomBot.Core.Booking;
using RoomBot.Core.Conversation;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Commands;

/// <summary>
/// book_meeting_room / cancel_meeting_room (doc 95333): bookings changed outside the bot, e.g. in the WeCom client or
/// by editing the linked schedule (which cancels and re-books). The bot re-reads its own open bookings of that room
/// from WeCom (bookinfo/get) and keeps their cards and reminders in step; it says nothing, the user made the change.
/// Reconciling by room means the event's id field is a hint, not a dependency.
/// </summary>
public sealed partial class RoomEventHandler(
    ICardStore cards,
    Cancellation cancellation,
    ReminderHooks reminders,
    ILogger<RoomEventHandler> logger)
{
    public async Task<IReadOnlyList<BotReply>> HandleAsync(IncomingMessage message, Turn turn, CancellationToken ct)
    {
        // 95333 calls it BookingId; the callback layer carries it as MeetingId.
        var bookingId = message.MeetingId is { Length: > 0 } id ? id : null;
        LogEvent(logger, message.Kind.ToString(), message.MeetingRoomId, bookingId);

        var known = new List<CardRecord>();
        if (bookingId is not null)
        {
            known.AddRange(await cards.FindOpenByBookingAsync(bookingId, ct));
        }

        if (message.MeetingRoomId is { } roomId)
        {
            known.AddRange(await cards.FindOpenByRoomAsync(roomId, turn.Now, ct));
        }

        foreach (var card in known.Where(c => c is { BookingId: not null, MeetingRoomId: not null }).DistinctBy(c => c.BookingId))
        {
            var slot = await cancellation.LookUpAsync(card.MeetingRoomId!.Value, card.BookingId!, ct);
            if (slot is null || slot.Status == BookingStatus.Cancelled)
            {
                await cancellation.FollowCancelledAsync(card.BookingId!, null, ct);
            }
            else if (card.Start?.ToUnixTimeSeconds() != slot.StartTime || card.End?.ToUnixTimeSeconds() != slot.EndTime)
            {
                await reminders.MovedAsync(card.BookingId!, turn.FromUnix(slot.StartTime), turn.FromUnix(slot.EndTime), ct);
            }
        }

        return [];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Room event {Kind} for room {RoomId}, booking {BookingId}")]
    private static partial void LogEvent(ILogger logger, string kind, int? roomId, string? bookingId);
}
