using RoomBot.Core.Conversation;
using RoomBot.Core.Directory;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Booking;

/// <summary>
/// Explains a refused booking and finds what to offer instead. WeCom documents no errcode for "taken", "needs
/// approval" or "bad time" (wecom-protocol.md §6), so the reason is found by asking again, never from the number.
/// </summary>
public sealed class BookingAdvisor(Availability availability, IWorkplaceDirectory directory)
{
    private const int MaxOptions = 4;
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(30);

    public async Task<string> ExplainAsync(
        MeetingRoom room, DateTimeOffset start, DateTimeOffset end, WeComApiException? error, Turn turn, CancellationToken ct)
    {
        var lang = turn.Language;
        if (room.RequiresApproval)
        {
            return Phrases.Pick(lang,
                $"{room.Name} needs approval, which the bot cannot request: please book it in the WeCom client (Meeting Rooms).",
                $"{room.Name}需要审批，机器人无法代为申请：请在企业微信客户端的「会议室」中预定。");
        }

        if (end <= turn.Now)
        {
            return Phrases.Pick(lang, "That time has already passed.", "这个时间已经过去了。");
        }

        var (rs, re) = (Slots.RoundDown(start.ToUnixTimeSeconds()), Slots.RoundUp(end.ToUnixTimeSeconds()));
        var busy = await availability.BusyAsync(rs, re, turn, room.MeetingRoomId, ct);
        if (Slots.Clash(busy[room.MeetingRoomId], rs, re) is { } clash)
        {
            var until = TimeText.Clock(turn.FromUnix(clash.EndTime));
            if (clash.Booker == turn.UserId)
            {
                return Phrases.Pick(lang,
                    $"You already have {room.Name} booked until {until}.",
                    $"你已预定了{room.Name}（到{until}）。");
            }

            var who = RoomText.Person(clash.Booker, await directory.UsersAsync(ct));
            var pending = clash.Status is BookingStatus.Applying or BookingStatus.InApproval;
            return Phrases.Pick(lang,
                $"{room.Name} is taken by {who} until {until}{(pending ? " (awaiting approval)" : "")}.",
                $"{room.Name}已被{who}预定{(pending ? "（审批中）" : "")}，到{until}结束。");
        }

        var reason = error?.ErrMsg is { Length: > 0 } m ? m : "";
        return Phrases.Pick(lang,
            $"WeCom refused the booking of {room.Name}{(reason.Length > 0 ? ": " + reason : ".")}",
            $"企业微信拒绝了{room.Name}的预定{(reason.Length > 0 ? "：" + reason : "。")}");
    }

    /// <summary>
    /// Other free rooms that fit at the same time (near <paramref name="refused"/> first), then the refused room's next
    /// free slot of the same length (that day, else the next day).
    /// </summary>
    public async Task<IReadOnlyList<BookingOption>> AlternativesAsync(
        ParsedRequest request, MeetingRoom? refused, DateTimeOffset start, DateTimeOffset end, Turn turn, CancellationToken ct)
    {
        var rooms = await directory.RoomsAsync(ct);
        var (rs, re) = (Slots.RoundDown(start.ToUnixTimeSeconds()), Slots.RoundUp(end.ToUnixTimeSeconds()));
        var busy = await availability.BusyAsync(rs, re, turn, null, ct);
        var near = refused is null ? null : new UsualPlace(refused.City, refused.Building);
        var options = RoomChooser.Rank(rooms, request with { MeetingRoomId = null }, near)
            .Where(r => r.MeetingRoomId != refused?.MeetingRoomId)
            .Where(r => Slots.Clash(busy[r.MeetingRoomId], rs, re) is null)
            .Take(refused is { RequiresApproval: false } ? MaxOptions - 1 : MaxOptions)
            .Select(r => new BookingOption(r, start, end))
            .ToList();

        if (refused is { RequiresApproval: false } && await NextFreeSlotAsync(refused, start, end, turn, ct) is { } next)
        {
            options.Add(next);
        }

        return options;
    }

    /// <summary>The room's first free window of the same length after the requested one, today or tomorrow.</summary>
    public async Task<BookingOption?> NextFreeSlotAsync(
        MeetingRoom room, DateTimeOffset start, DateTimeOffset end, Turn turn, CancellationToken ct)
    {
        var length = end - start;
        var earliest = turn.FromUnix(Slots.RoundUp(turn.Now.ToUnixTimeSeconds()));
        var candidate = start + Step;
        var limit = turn.StartOf(turn.DayOf(start).AddDays(2));
        while (candidate + length <= limit)
        {
            if (candidate >= earliest)
            {
                var (cs, ce) = (candidate.ToUnixTimeSeconds(), (candidate + length).ToUnixTimeSeconds());
                var busy = await availability.BusyAsync(cs, ce, turn, null, ct);
                if (Slots.Clash(busy[room.MeetingRoomId], cs, ce) is null)
                {
                    return new BookingOption(room, turn.Local(candidate), turn.Local(candidate + length));
                }
            }

            candidate += Step;
        }

        return null;
    }
}
