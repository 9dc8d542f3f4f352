using RoomBot.Core.Conversation;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Booking;

/// <summary>
/// Who holds which room, asked from WeCom (the source of truth) one calendar day per call, and remembered for the
/// rest of the turn so a refusal and its alternatives do not ask twice.
/// </summary>
public sealed class Availability(IWeComApi api)
{
    private readonly Dictionary<(DateOnly Day, int? Room), IReadOnlyList<RoomBookings>> _days = [];

    /// <summary>93620: 不支持跨天查询 — one call covers [00:00, next 00:00) of one day.</summary>
    public async Task<IReadOnlyList<RoomBookings>> DayAsync(DateOnly day, Turn turn, int? roomId, CancellationToken ct)
    {
        if (_days.TryGetValue((day, roomId), out var known) || _days.TryGetValue((day, null), out known))
        {
            return roomId is null ? known : known.Where(r => r.MeetingRoomId == roomId).ToList();
        }

        var list = await api.GetBookingInfoAsync(new BookingInfoQuery
        {
            MeetingRoomId = roomId,
            StartTime = turn.StartOf(day).ToUnixTimeSeconds(),
            EndTime = turn.StartOf(day.AddDays(1)).ToUnixTimeSeconds(),
        }, ct);
        _days[(day, roomId)] = list;
        return list;
    }

    /// <summary>The bookings of every day the window [start, end) touches, per room.</summary>
    public async Task<ILookup<int, BookingSlot>> BusyAsync(long start, long end, Turn turn, int? roomId, CancellationToken ct)
    {
        var all = new List<(int Room, BookingSlot Slot)>();
        var first = turn.DayOf(DateTimeOffset.FromUnixTimeSeconds(start));
        var last = turn.DayOf(DateTimeOffset.FromUnixTimeSeconds(Math.Max(start, end - 1)));
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            foreach (var room in await DayAsync(day, turn, roomId, ct))
            {
                all.AddRange(room.Schedule.Select(s => (room.MeetingRoomId, s)));
            }
        }

        return all.DistinctBy(x => x.Slot.BookingId).ToLookup(x => x.Room, x => x.Slot);
    }

    /// <summary>Forgets what was read: a booking or a cancellation changed it.</summary>
    public void Forget() => _days.Clear();
}
