using System.Text;
using Microsoft.Extensions.Options;
using RoomBot.Core.Booking;
using RoomBot.Core.Conversation;
using RoomBot.Core.Directory;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Commands;

/// <summary>my_bookings: the user's bookings over the next days (7 by default), asked from WeCom one day per call.</summary>
public sealed class MyBookingsHandler(IWorkplaceDirectory directory, Availability availability, IOptions<RoomBotOptions> options)
{
    public async Task<IReadOnlyList<BotReply>> HandleAsync(ParsedRequest request, Turn turn, CancellationToken ct)
    {
        var lang = turn.Language;
        var rooms = await directory.RoomsAsync(ct);
        var days = request.Date is { } date ? [date]
            : Enumerable.Range(0, Math.Max(1, options.Value.MyBookingsDays)).Select(i => turn.Today.AddDays(i)).ToArray();
        var now = turn.Now.ToUnixTimeSeconds();
        var lines = new List<(long Start, string Line)>();
        foreach (var day in days)
        {
            foreach (var roomBookings in await availability.DayAsync(day, turn, request.MeetingRoomId, ct))
            {
                var room = rooms.FirstOrDefault(r => r.MeetingRoomId == roomBookings.MeetingRoomId);
                foreach (var slot in roomBookings.Schedule.Where(s => s.Booker == turn.UserId && Slots.IsActive(s) && s.EndTime > now))
                {
                    var status = slot.Status == WeCom.Contracts.BookingStatus.Booked ? "" : $" ({StatusText.Of(slot.Status, lang)})";
                    lines.Add((slot.StartTime, $"• {TimeText.Range(turn.FromUnix(slot.StartTime), turn.FromUnix(slot.EndTime), lang)} " +
                        $"{room?.Name ?? "#" + roomBookings.MeetingRoomId}{status}"));
                }
            }
        }

        if (lines.Count == 0)
        {
            return [new BotReply.Text(Phrases.Pick(lang, "You have no upcoming bookings.", "你近期没有会议室预定。"))];
        }

        var text = new StringBuilder(Phrases.Pick(lang, "Your bookings:", "你的预定："));
        foreach (var (_, line) in lines.OrderBy(l => l.Start).DistinctBy(l => l.Line))
        {
            text.Append('\n').Append(line);
        }

        return [new BotReply.Text(text.ToString())];
    }
}
