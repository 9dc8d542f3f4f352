using Microsoft.Extensions.Logging;
using RoomBot.Core.Booking;
using RoomBot.Core.Conversation;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Directory;
using RoomBot.Core.Parsing;
using RoomBot.Core.Parsing.Intents;
using RoomBot.Core.Reminders;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Commands;

/// <summary>
/// book: the named room, or the best free one that fits; on a refusal, why and what to take instead (as buttons).
/// </summary>
public sealed partial class BookHandler(
    IWorkplaceDirectory directory,
    Availability availability,
    BookingService booking,
    BookingAdvisor advisor,
    ICardStore cards,
    ReminderHooks reminders,
    Clarifier clarifier,
    ILogger<BookHandler> logger)
{
    private const int HistoryDepth = 10;

    public async Task<IReadOnlyList<BotReply>> HandleAsync(ParsedRequest request, Turn turn, CancellationToken ct)
    {
        var lang = turn.Language;
        if (request.Start is not { } start || request.End is not { } end)
        {
            return await clarifier.AskAsync(request, Phrases.Pick(lang,
                "When should I book it? e.g. \"tomorrow 3pm to 4pm\".",
                "请问要订什么时间？例如“明天下午3点到4点”。"), turn, ct);
        }

        if (end <= start)
        {
            // The parser's own question, times kept: the answer merger reads a lone time as the new end.
            return await clarifier.AskAsync(request, ClarifyQuestions.EndBeforeStart(lang), turn, ct);
        }

        var rooms = await directory.RoomsAsync(ct);
        if (request.MeetingRoomId is null && request.UnresolvedRoom is { } unknown)
        {
            var text = Phrases.Pick(lang, $"I can't find a room called \"{unknown}\".", $"没有找到“{unknown}”这个会议室。");
            return await RefuseAsync(text, request, null, start, end, turn, ct);
        }

        MeetingRoom? room = null;
        if (request.MeetingRoomId is { } id && (room = rooms.FirstOrDefault(r => r.MeetingRoomId == id)) is null)
        {
            var text = Phrases.Pick(lang, $"Room {id} does not exist.", $"会议室{id}不存在。");
            return await RefuseAsync(text, request with { MeetingRoomId = null }, null, start, end, turn, ct);
        }

        if (end <= turn.Now)
        {
            // Offer the same length starting at the next half hour: the asked-for window is gone for every room.
            var next = turn.FromUnix(Slots.RoundUp(turn.Now.ToUnixTimeSeconds()));
            var text = Phrases.Pick(lang, "That time has already passed.", "这个时间已经过去了。");
            return await RefuseAsync(text, request, null, next, next + (end - start), turn, ct);
        }

        if (room is null)
        {
            room = await ChooseAsync(request, rooms, start, end, turn, ct);
            if (room is null)
            {
                var people = RoomChooser.People(request);
                var text = Phrases.Pick(lang,
                    $"No room for {people} is free at {TimeText.Range(turn.Local(start), turn.Local(end), lang)}.",
                    $"{TimeText.Range(turn.Local(start), turn.Local(end), lang)}没有能坐{people}人的空闲会议室。");
                return await RefuseWithLaterSlotsAsync(text, request, rooms, start, end, turn, ct);
            }
        }

        if (room.RequiresApproval)
        {
            var text = await advisor.ExplainAsync(room, start, end, null, turn, ct);
            return await RefuseAsync(text, request, room, start, end, turn, ct);
        }

        return await BookRoomAsync(request, room, start, end, turn, ct);
    }

    /// <summary>Books <paramref name="room"/> (also for a clicked alternative); a refusal is explained with new choices.</summary>
    public async Task<IReadOnlyList<BotReply>> BookRoomAsync(
        ParsedRequest request, MeetingRoom room, DateTimeOffset start, DateTimeOffset end, Turn turn, CancellationToken ct)
    {
        var users = await directory.UsersAsync(ct);
        var subject = request.Subject is { Length: > 0 } s
            ? s
            : Phrases.Pick(turn.Language, $"{RoomText.Person(turn.UserId, users)}'s meeting", $"{RoomText.Person(turn.UserId, users)}的会议");
        BookedMeeting meeting;
        try
        {
            meeting = await booking.BookAsync(request, room, start, end, turn.UserId, subject, turn, ct);
        }
        catch (WeComApiException ex) when (ex.Kind == WeComErrorKind.Rejected)
        {
            LogRefused(logger, room.MeetingRoomId, turn.UserId, ex.Path, ex.ErrCode, ex.ErrMsg);
            availability.Forget();
            var text = await advisor.ExplainAsync(room, start, end, ex, turn, ct);
            return await RefuseAsync(text, request, room, start, end, turn, ct);
        }

        availability.Forget();
        LogBooked(logger, room.MeetingRoomId, turn.UserId, meeting.BookingId);
        var taskId = TaskIds.New();
        await cards.SaveAsync(new CardRecord(taskId, CardKind.Booking, turn.UserId, turn.Language, turn.Now)
        {
            BookingId = meeting.BookingId,
            MeetingRoomId = room.MeetingRoomId,
            Booker = turn.UserId,
            Start = meeting.Start,
            End = meeting.End,
            Request = request,
        }, ct);
        await reminders.BookedAsync(new ScheduledMeeting(meeting.BookingId, room.MeetingRoomId, room.Name,
            RoomText.Location(room), meeting.Start, meeting.End, turn.UserId, meeting.Attendees, meeting.Subject,
            request.ReminderGroup, turn.Language), ct);
        return [new BotReply.Card(CardFactory.Booked(meeting, taskId, turn.Language, users, request.Recurrence))];
    }

    private async Task<MeetingRoom?> ChooseAsync(
        ParsedRequest request, IReadOnlyList<MeetingRoom> rooms, DateTimeOffset start, DateTimeOffset end, Turn turn,
        CancellationToken ct)
    {
        var (rs, re) = (Slots.RoundDown(start.ToUnixTimeSeconds()), Slots.RoundUp(end.ToUnixTimeSeconds()));
        var busy = await availability.BusyAsync(rs, re, turn, null, ct);
        var usual = request.City is null
            ? UsualPlace.From(await cards.RecentRoomsAsync(turn.UserId, HistoryDepth, ct), rooms)
            : null;
        return RoomChooser.Rank(rooms, request, usual).FirstOrDefault(r => Slots.Clash(busy[r.MeetingRoomId], rs, re) is null);
    }

    /// <summary>Nothing fits at that time: offer the next free slot of the best-fitting rooms.</summary>
    private async Task<IReadOnlyList<BotReply>> RefuseWithLaterSlotsAsync(
        string text, ParsedRequest request, IReadOnlyList<MeetingRoom> rooms, DateTimeOffset start, DateTimeOffset end,
        Turn turn, CancellationToken ct)
    {
        var options = new List<BookingOption>();
        foreach (var room in RoomChooser.Rank(rooms, request, null).Take(3))
        {
            if (await advisor.NextFreeSlotAsync(room, start, end, turn, ct) is { } option)
            {
                options.Add(option);
            }
        }

        return await OfferAsync(text, request, options, turn, ct);
    }

    private async Task<IReadOnlyList<BotReply>> RefuseAsync(
        string text, ParsedRequest request, MeetingRoom? room, DateTimeOffset start, DateTimeOffset end, Turn turn,
        CancellationToken ct)
    {
        var options = await advisor.AlternativesAsync(request, room, start, end, turn, ct);
        return await OfferAsync(text, request, options, turn, ct);
    }

    private async Task<IReadOnlyList<BotReply>> OfferAsync(
        string text, ParsedRequest request, IReadOnlyList<BookingOption> options, Turn turn, CancellationToken ct)
    {
        if (options.Count == 0)
        {
            return [new BotReply.Text(text)];
        }

        var lang = turn.Language;
        var taskId = TaskIds.New();
        var choices = options.Select(o => new CardChoice(
            o.Room.Name,
            $"{o.Room.Name} · {RoomText.Location(o.Room)} · {TimeText.Range(turn.Local(o.Start), turn.Local(o.End), lang)}",
            CardActionKey.Book(o.Room.MeetingRoomId, o.Start, o.End).ToString())).ToList();
        await cards.SaveAsync(new CardRecord(taskId, CardKind.Alternatives, turn.UserId, lang, turn.Now)
        {
            Request = request,
            ChoiceKeys = choices.Select(c => c.Key).ToList(),
        }, ct);
        var card = CardFactory.Choices(
            Phrases.Pick(lang, "Book one of these instead?", "可以改订以下会议室："),
            Phrases.Pick(lang, "One tap books it.", "点一下即可预定。"),
            choices, taskId, lang, reason: text);
        return [new BotReply.Card(card)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Booked room {RoomId} for {UserId}: {BookingId}")]
    private static partial void LogBooked(ILogger logger, int roomId, string userId, string bookingId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Booking room {RoomId} for {UserId} refused by {Path}: errcode {ErrCode}, {ErrMsg}")]
    private static partial void LogRefused(ILogger logger, int roomId, string userId, string path, int errCode, string errMsg);
}
