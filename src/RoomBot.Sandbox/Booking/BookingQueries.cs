using Microsoft.EntityFrameworkCore;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Booking;

/// <summary><c>get_booking_info</c> (rules 1–4) and <c>bookinfo/get</c> (rules 14, 18) of doc 93620.</summary>
public sealed class BookingQueries(BookingStore store, TimeProvider time, CorpCalendar calendar)
{
    public async Task<IReadOnlyList<RoomBookings>> GetBookingInfoAsync(BookingInfoQuery q, CancellationToken ct)
    {
        // 1: start defaults to now; end to the next 00:00 after the start (the seed's "明日0时" for today's queries).
        var start = q.StartTime ?? time.GetUtcNow().ToUnixTimeSeconds();
        var nextMidnight = calendar.StartOfDay(calendar.DayOf(start).AddDays(1));
        var end = q.EndTime ?? nextMidnight;
        if (end < start)
        {
            throw new SandboxException(SandboxErrors.BadTime, "查询时间无效：结束时间早于开始时间 (end_time is before start_time)");
        }

        // 2: 不支持跨天查询 — an end of exactly the next 00:00 still belongs to the start's day.
        if (calendar.DayOf(start) != calendar.DayOf(end) && end != nextMidnight)
        {
            throw new SandboxException(SandboxErrors.CrossDayQuery, "不支持跨天查询 (start_time and end_time must fall on the same day)");
        }

        // 3: "如需使用楼宇进行过滤，则必须同时填写城市字段".
        LocationFilter.Validate(q.City, q.Building, q.Floor);
        var rooms = Db.Rooms.Where(r => !r.Deleted);
        if (q.MeetingRoomId is { } id)
        {
            await store.RoomAsync(id, ct);
            rooms = rooms.Where(r => r.MeetingRoomId == id);
        }

        var matching = LocationFilter.Apply(rooms, q.City, q.Building, q.Floor);
        var roomIds = await matching.OrderBy(r => r.MeetingRoomId).Select(r => r.MeetingRoomId).ToListAsync(ct);
        var bookings = await Db.Bookings
            .Where(b => roomIds.Contains(b.MeetingRoomId) && b.Status != BookingStatus.Cancelled && b.StartTime < end && b.EndTime > start)
            .OrderBy(b => b.StartTime).ToListAsync(ct);

        // 4: one entry per room, also with an empty schedule.
        return roomIds.Select(roomId => new RoomBookings
        {
            MeetingRoomId = roomId,
            Schedule = bookings.Where(b => b.MeetingRoomId == roomId).Select(b => ToSlot(b, withMaster: false)).ToList(),
        }).ToList();
    }

    public async Task<BookInfoResponse> GetBookInfoAsync(BookInfoRequest r, CancellationToken ct)
    {
        var rows = await store.BookingOrSeriesAsync(r.BookingId, ct);
        if (rows[0].MeetingRoomId != r.MeetingRoomId)
        {
            throw new SandboxException(SandboxErrors.BookingNotFound,
                $"会议室预定不存在 (booking_id {r.BookingId} is not a booking of meetingroom_id {r.MeetingRoomId})");
        }

        // An occurrence answers for itself; a series id answers with its first occurrence still active (or its first).
        var row = rows.FirstOrDefault(b => b.BookingId == r.BookingId) ?? rows.FirstOrDefault(b => b.IsActive) ?? rows[0];
        return new BookInfoResponse { MeetingRoomId = row.MeetingRoomId, Schedule = ToSlot(row, withMaster: true) };
    }

    private SandboxDbContext Db => store.Db;

    private static BookingSlot ToSlot(SandboxBooking b, bool withMaster) => new()
    {
        BookingId = b.BookingId,
        MasterBookingId = withMaster ? b.MasterBookingId : null,
        ScheduleId = b.ScheduleId,
        StartTime = b.StartTime,
        EndTime = b.EndTime,
        Booker = b.Booker,
        Status = b.Status,
    };
}
