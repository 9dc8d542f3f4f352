using Microsoft.Extensions.Options;
using RoomBot.Sandbox.Feed;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Booking;

/// <summary><c>oa/meetingroom/book</c> (rules 5–10) of doc 93620, made by the configured app.</summary>
public sealed class BookingCommands(
    BookingStore store, BookingGate gate, TimeProvider time, CorpCalendar calendar, ISandboxFeed feed, IOptions<WeComOptions> wecom)
{
    public async Task<BookResponse> BookAsync(BookRequest r, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        var room = await store.RoomAsync(r.MeetingRoomId, ct);
        await store.MemberAsync(r.Booker, ct);
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var (start, end) = BookingWindow.Resolve(r.StartTime, r.EndTime, now, calendar);
        BookingStore.EnsureNoApproval(room);
        if (await store.OverlapsAsync(room.MeetingRoomId, start, end, ct))
        {
            throw BookingStore.RoomTaken();
        }

        // 10: "预定会议室并自动关联日程".
        var schedule = new SandboxSchedule
        {
            ScheduleId = SandboxIds.NewScheduleId(),
            AgentId = wecom.Value.AgentId,
            Organizer = r.Booker,
            StartTime = start,
            EndTime = end,
            Summary = r.Subject,
            Attendees = [.. r.Attendees ?? []],
            CreatedAt = now,
        };
        var booking = new SandboxBooking
        {
            BookingId = SandboxIds.NewBookingId(),
            MeetingRoomId = room.MeetingRoomId,
            ScheduleId = schedule.ScheduleId,
            StartTime = start,
            EndTime = end,
            Booker = r.Booker,
            Subject = r.Subject,
            Attendees = schedule.Attendees,
            Status = BookingStatus.Booked,
            AgentId = wecom.Value.AgentId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        store.Db.Schedules.Add(schedule);
        store.Db.Bookings.Add(booking);
        await store.Db.SaveChangesAsync(ct);
        feed.Publish(new SandboxEvent(SandboxEventKind.BookingsChanged, MeetingRoomId: room.MeetingRoomId, BookingId: booking.BookingId));
        return new BookResponse { BookingId = booking.BookingId, ScheduleId = schedule.ScheduleId };
    }
}
