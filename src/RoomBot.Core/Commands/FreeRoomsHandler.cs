using System.Text;
using RoomBot.Core.Booking;
using RoomBot.Core.Conversation;
using RoomBot.Core.Directory;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Commands;

/// <summary>free_rooms: which rooms that fit the filters are free at a time; for one named room, is it free.</summary>
public sealed class FreeRoomsHandler(IWorkplaceDirectory directory, Availability availability, BookingAdvisor advisor, Clarifier clarifier)
{
    private const int MaxListed = 10;
    private static readonly TimeSpan DefaultLength = TimeSpan.FromHours(1);

    public async Task<IReadOnlyList<BotReply>> HandleAsync(ParsedRequest request, Turn turn, CancellationToken ct)
    {
        var lang = turn.Language;
        if (request.Start is null && request.Date is { } date && date != turn.Today)
        {
            return await clarifier.AskAsync(request, Phrases.Pick(lang,
                "At what time? e.g. \"3pm\".", "请问几点？例如“下午3点”。"), turn, ct);
        }

        // No time said: from now (WeCom books in half hours) for an hour.
        var start = request.Start ?? turn.FromUnix(Slots.RoundDown(turn.Now.ToUnixTimeSeconds()));
        var end = request.End is { } e && e > start ? e : start + DefaultLength;
        var (rs, re) = (Slots.RoundDown(start.ToUnixTimeSeconds()), Slots.RoundUp(end.ToUnixTimeSeconds()));
        var when = TimeText.Range(turn.Local(start), turn.Local(end), lang);
        var rooms = await directory.RoomsAsync(ct);
        var busy = await availability.BusyAsync(rs, re, turn, null, ct);

        if (request.MeetingRoomId is { } id && rooms.FirstOrDefault(r => r.MeetingRoomId == id) is { } room)
        {
            if (Slots.Clash(busy[id], rs, re) is null)
            {
                var approval = room.RequiresApproval
                    ? Phrases.Pick(lang, " It needs approval: book it in the WeCom client.", "需审批，请在企业微信客户端预定。")
                    : "";
                return [new BotReply.Text(Phrases.Pick(lang, $"Yes, {room.Name} is free {when}.", $"{room.Name}在{when}空闲。") + approval)];
            }

            var why = await advisor.ExplainAsync(room, start, end, null, turn, ct);
            var next = await advisor.NextFreeSlotAsync(room, start, end, turn, ct);
            var nextText = next is null ? "" : Phrases.Pick(lang,
                $" Next free: {TimeText.Range(next.Start, next.End, lang)}.",
                $"下一个空闲时段：{TimeText.Range(next.Start, next.End, lang)}。");
            return [new BotReply.Text(why + nextText)];
        }

        var free = rooms
            // Only a capacity said counts here: "free rooms" is not about this user's attendees.
            .Where(r => RoomChooser.Fits(r, request with { Attendees = [] }))
            .Where(r => Slots.Clash(busy[r.MeetingRoomId], rs, re) is null)
            .OrderBy(r => r.RequiresApproval)
            .ThenBy(r => r.Capacity)
            .ToList();
        if (free.Count == 0)
        {
            return [new BotReply.Text(Phrases.Pick(lang, $"No matching room is free {when}.", $"{when}没有符合条件的空闲会议室。"))];
        }

        var text = new StringBuilder(Phrases.Pick(lang, $"Free {when}:", $"{when}空闲的会议室："));
        foreach (var r in free.Take(MaxListed))
        {
            text.Append('\n').Append("• ").Append(r.Name).Append(" · ").Append(RoomText.Location(r))
                .Append(Phrases.Pick(lang, $" · {r.Capacity} seats", $" · {r.Capacity}人"));
            if (r.RequiresApproval)
            {
                text.Append(Phrases.Pick(lang, " · needs approval", " · 需审批"));
            }
        }

        return [new BotReply.Text(text.ToString())];
    }
}
