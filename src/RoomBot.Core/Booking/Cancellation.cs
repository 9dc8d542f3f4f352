using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Replies;
using RoomBot.WeCom;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Booking;

/// <summary>
/// Cancels a booking (or one day of a series) and keeps the rest in step: the reminders, and the booking's cards
/// elsewhere, which are closed so a later click on them says "already cancelled".
/// </summary>
public sealed partial class Cancellation(
    IWeComApi api,
    ICardStore cards,
    ReminderHooks reminders,
    Availability availability,
    IOptions<WeComOptions> weCom,
    ILogger<Cancellation> logger)
{
    /// <summary>
    /// 93620 cancel_book. <paramref name="cancelDate"/> (00:00 of that day) cancels one day of a series; null cancels
    /// the booking, or every occurrence of a series. keep_schedule=0 drops the schedule the booking created.
    /// </summary>
    public async Task CancelAsync(string bookingId, DateTimeOffset? cancelDate, string? exceptTaskId, CancellationToken ct)
    {
        await api.CancelBookAsync(new CancelBookRequest
        {
            BookingId = bookingId,
            KeepSchedule = cancelDate is null ? 0 : null,
            CancelDate = cancelDate?.ToUnixTimeSeconds(),
        }, ct);
        availability.Forget();
        LogCancelled(logger, bookingId, cancelDate?.ToUnixTimeSeconds());
        if (cancelDate is null)
        {
            await FollowCancelledAsync(bookingId, exceptTaskId, ct);
        }
    }

    /// <summary>After a booking is gone (here or in the WeCom client): drop its reminders and close its cards.</summary>
    public async Task FollowCancelledAsync(string bookingId, string? exceptTaskId, CancellationToken ct)
    {
        await reminders.CancelledAsync(bookingId, ct);
        foreach (var card in await cards.FindOpenByBookingAsync(bookingId, ct))
        {
            if (card.TaskId == exceptTaskId || !await cards.TryCloseAsync(card.TaskId, CardState.Cancelled, ct))
            {
                continue;
            }

            await GreyOutAsync(card, ct);
        }
    }

    /// <summary>The booking as WeCom knows it now (bookinfo/get), or null when WeCom does not know it.</summary>
    public async Task<BookingSlot?> LookUpAsync(int roomId, string bookingId, CancellationToken ct)
    {
        try
        {
            var info = await api.GetBookInfoAsync(new BookInfoRequest { MeetingRoomId = roomId, BookingId = bookingId }, ct);
            return info.Schedule;
        }
        catch (WeComApiException ex) when (ex.Kind == WeComErrorKind.Rejected)
        {
            return null;
        }
    }

    /// <summary>
    /// 94945: the response_code message/send returned updates the card without a click. It is single-use and may
    /// have expired (60140); the card is already closed in the store, so a failure here only leaves its look stale.
    /// </summary>
    private async Task GreyOutAsync(CardRecord card, CancellationToken ct)
    {
        if (card.ResponseCode is not { Length: > 0 } code)
        {
            return;
        }

        try
        {
            await api.UpdateTemplateCardAsync(new UpdateTemplateCardRequest
            {
                UserIds = [card.UserId],
                AgentId = weCom.Value.AgentId,
                ResponseCode = code,
                Button = new ReplaceButton(Phrases.Pick(card.Language, "Cancelled", "已取消")),
            }, ct);
        }
        catch (WeComApiException ex)
        {
            LogCardNotUpdated(logger, card.TaskId, ex.ErrCode, ex.ErrMsg);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancelled booking {BookingId} (cancel_date {CancelDate})")]
    private static partial void LogCancelled(ILogger logger, string bookingId, long? cancelDate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card {TaskId} not updated: errcode {ErrCode}, {ErrMsg}")]
    private static partial void LogCardNotUpdated(ILogger logger, string taskId, int errCode, string errMsg);
}
