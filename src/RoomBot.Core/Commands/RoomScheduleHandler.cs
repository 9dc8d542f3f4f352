using System.Text;
using RoomBot.Core.Booking;
using RoomBot.Core.Conversation;
using RoomBot.Core.Directory;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Commands;

/// <summary>room_schedule: one room's day, with who holds it and each booking's status (已预定/申请中/审批中).</summary>
public sealed class RoomScheduleHandler(IWorkplaceDirectory directory, Availability availability, Clarifier clarifier)
{
    public async Task<IReadOnlyList<BotReply>> HandleAsync(ParsedRequest request, Turn turn, CancellationToken ct)
    {
        var lang = turn.Language;
        var rooms = await directory.RoomsAsync(ct);
        if (request.MeetingRoomId is not { } id || rooms.FirstOrDefault(r => r.MeetingRoomId == id) is not { } room)
        {
            return await clarifier.AskAsync(request, Phrases.Pick(lang,
                "Which room? e.g. \"room 2\".", "请问是哪个会议室？例如“2号会议室”。"), turn, ct);
        }

        var day = request.Date ?? (request.Start is { } s ? turn.DayOf(s) : turn.Today);
        var users = await directory.UsersAsync(ct);
        var slots = (await availability.DayAsync(day, turn, id, ct))
            .Where(r => r.MeetingRoomId == id)
            .SelectMany(r => r.Schedule)
            .Where(Slots.IsActive)
            .OrderBy(s => s.StartTime)
            .ToList();
        var header = Phrases.Pick(lang,
            $"{room.Name} ({RoomText.Location(room)}), {TimeText.Day(day, lang)}:",
            $"{room.Name}（{RoomText.Location(room)}）{TimeText.Day(day, lang)}：");
        if (slots.Count == 0)
        {
            return [new BotReply.Text(header + "\n" + Phrases.Pick(lang, "free all day.", "全天空闲。"))];
        }

        var text = new StringBuilder(header);
        foreach (var slot in slots)
        {
            text.Append('\n').Append("• ")
                .Append(TimeText.Clock(turn.FromUnix(slot.StartTime))).Append('–').Append(TimeText.Clock(turn.FromUnix(slot.EndTime)))
                .Append(' ').Append(RoomText.Person(slot.Booker, users))
                .Append(" · ").Append(StatusText.Of(slot.Status, lang));
        }

        if (room.RequiresApproval)
        {
            text.Append('\n').Append(Phrases.Pick(lang,
                "This room needs approval: book it in the WeCom client.", "该会议室需审批，请在企业微信客户端预定。"));
        }

        return [new BotReply.Text(text.ToString())];
    }
}
