using Microsoft.Extensions.Logging;
using RoomBot.Core.Booking;
using RoomBot.Core.Conversation;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Directory;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Api;

namespace RoomBot.Core.Commands;

/// <summary>
/// cancel by text: finds the user's bookings in WeCom (day by day), cancels the one that matches, asks which when
/// several do, and asks "this date or the whole series" for a series.
/// </summary>
public sealed partial class CancelHandler(
    IWorkplaceDirectory directory,
    Availability availability,
    Cancellation cancellation,
    ICardStore cards,
    ILogger<CancelHandler> logger)
{
    private const int DaysSearched = 7;
    private const int MaxChoices = 6;

    public async Task<IReadOnlyList<BotReply>> HandleAsync(ParsedRequest request, Turn turn, CancellationToken ct)
    {
        var lang = turn.Language;
        var matches = await FindAsync(request, turn, ct);
        if (matches.Count == 0)
        {
            return [new BotReply.Text(Phrases.Pick(lang,
                "I found no booking of yours to cancel" + (request.Date is { } d ? $" on {TimeText.Day(d, lang)}." : "."),
                "没有找到你" + (request.Date is { } z ? TimeText.Day(z, lang) + "的" : "可取消的") + "预定。"))];
        }

        if (matches.Count == 1)
        {
            return await CancelOneAsync(matches[0], turn, exceptTaskId: null, ct);
        }

        var taskId = TaskIds.New();
        var choices = matches.Take(MaxChoices).Select(m => new CardChoice(
            m.Room.Name,
            $"{m.Room.Name} · {TimeText.Range(turn.FromUnix(m.Slot.StartTime), turn.FromUnix(m.Slot.EndTime), lang)}",
            CardActionKey.Pick(m.Room.MeetingRoomId, m.Slot.BookingId).ToString())).ToList();
        await cards.SaveAsync(new CardRecord(taskId, CardKind.CancelChoice, turn.UserId, lang, turn.Now)
        {
            ChoiceKeys = choices.Select(c => c.Key).ToList(),
        }, ct);
        return [new BotReply.Card(CardFactory.Choices(
            Phrases.Pick(lang, "Which booking should I cancel?", "要取消哪一个预定？"),
            Phrases.Pick(lang, $"{matches.Count} bookings match.", $"有{matches.Count}个预定符合。"),
            choices, taskId, lang))];
    }

    /// <summary>
    /// Cancels one found booking; for an occurrence of a series (bookinfo/get gives its master_booking_id) asks first
    /// whether to cancel that date or the whole series.
    /// </summary>
    public async Task<IReadOnlyList<BotReply>> CancelOneAsync(FoundBooking found, Turn turn, string? exceptTaskId, CancellationToken ct)
    {
        var lang = turn.Language;
        var (room, slot) = found;
        var info = await cancellation.LookUpAsync(room.MeetingRoomId, slot.BookingId, ct);
        var when = TimeText.Range(turn.FromUnix(slot.StartTime), turn.FromUnix(slot.EndTime), lang);
        if (info is { MasterBookingId: { Length: > 0 } master } && master != slot.BookingId)
        {
            var taskId = TaskIds.New();
            var day = turn.StartOf(turn.DayOf(turn.FromUnix(slot.StartTime)));
            CardChoice[] choices =
            [
                new(Phrases.Pick(lang, "This date", "仅这一天"), when,
                    CardActionKey.CancelDate(room.MeetingRoomId, master, day).ToString()),
                new(Phrases.Pick(lang, "Whole series", "整个系列"), Phrases.Pick(lang, "Every date of the series", "该周期预定的所有日期"),
                    CardActionKey.CancelSeries(room.MeetingRoomId, master).ToString()),
            ];
            await cards.SaveAsync(new CardRecord(taskId, CardKind.SeriesChoice, turn.UserId, lang, turn.Now)
            {
                BookingId = master,
                MeetingRoomId = room.MeetingRoomId,
                ChoiceKeys = choices.Select(c => c.Key).ToList(),
            }, ct);
            return [new BotReply.Card(CardFactory.Choices(
                Phrases.Pick(lang, $"{room.Name} repeats. Cancel which?", $"{room.Name}是周期预定，取消哪些？"),
                when, choices, taskId, lang))];
        }

        if (info is { Status: WeCom.Contracts.BookingStatus.Cancelled })
        {
            return [new BotReply.Text(Phrases.Pick(lang, $"{room.Name} {when} was already cancelled.", $"{room.Name} {when} 已经取消过了。"))];
        }

        try
        {
            await cancellation.CancelAsync(slot.BookingId, null, exceptTaskId, ct);
        }
        catch (WeComApiException ex) when (ex.Kind == WeComErrorKind.Rejected)
        {
            // e.g. 90499: booked by another app (the WeCom client) — only there can it be cancelled.
            LogCancelRefused(logger, slot.BookingId, ex.ErrCode, ex.ErrMsg);
            return [new BotReply.Text(Phrases.Pick(lang,
                $"WeCom did not cancel {room.Name} {when}: {ex.ErrMsg}", $"企业微信未能取消{room.Name} {when}：{ex.ErrMsg}"))];
        }

        return [new BotReply.Text(Phrases.Pick(lang, $"Cancelled {room.Name}, {when}.", $"已取消{room.Name}，{when}。"))];
    }

    /// <summary>The user's active bookings that match the request, earliest first.</summary>
    private async Task<IReadOnlyList<FoundBooking>> FindAsync(ParsedRequest request, Turn turn, CancellationToken ct)
    {
        var rooms = await directory.RoomsAsync(ct);
        var days = request.Date is { } date ? [date]
            : request.Start is { } start ? [turn.DayOf(start)]
            : Enumerable.Range(0, DaysSearched).Select(i => turn.Today.AddDays(i)).ToArray();
        var found = new List<FoundBooking>();
        foreach (var day in days)
        {
            foreach (var roomBookings in await availability.DayAsync(day, turn, request.MeetingRoomId, ct))
            {
                if (rooms.FirstOrDefault(r => r.MeetingRoomId == roomBookings.MeetingRoomId) is not { } room)
                {
                    continue;
                }

                found.AddRange(roomBookings.Schedule
                    .Where(s => s.Booker == turn.UserId && Slots.IsActive(s))
                    .Where(s => s.EndTime > turn.Now.ToUnixTimeSeconds())
                    .Where(s => request.Start is not { } at || Covers(s, at))
                    .Select(s => new FoundBooking(room, s)));
            }
        }

        var result = found.DistinctBy(f => f.Slot.BookingId).OrderBy(f => f.Slot.StartTime).ToList();
        LogFound(logger, turn.UserId, result.Count, days.Length);
        return result;
    }

    /// <summary>"my 3pm booking": the booking running at 15:00 (WeCom rounded its start down to the half hour).</summary>
    private static bool Covers(WeCom.Contracts.BookingSlot slot, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds();
        return slot.StartTime <= t && t < slot.EndTime;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "cancel_book of {BookingId} refused: errcode {ErrCode}, {ErrMsg}")]
    private static partial void LogCancelRefused(ILogger logger, string bookingId, int errCode, string errMsg);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cancel for {UserId}: {Count} matching bookings in {Days} days")]
    private static partial void LogFound(ILogger logger, string userId, int count, int days);
}
