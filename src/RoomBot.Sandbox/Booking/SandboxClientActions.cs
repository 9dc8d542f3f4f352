using Microsoft.EntityFrameworkCore;
using RoomBot.Sandbox.Feed;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Booking;

/// <summary>
/// What a person does in the WeCom client (the page's admin panel): book any room — approval rooms start at 申请中 —,
/// move an approval through 申请中 → 审批中 → 已预定, and cancel. Booking and cancelling publish
/// <see cref="SandboxEventKind.BookedInClient"/> / <see cref="SandboxEventKind.CancelledInClient"/> so WeCom's side fires
/// book_meeting_room / cancel_meeting_room (doc 95333). Refusals throw <see cref="SandboxException"/>.
/// </summary>
public sealed class SandboxClientActions(BookingStore store, BookingGate gate, CancelCommands cancel, TimeProvider time,
    CorpCalendar calendar, ISandboxFeed feed)
{
    public async Task<SandboxBooking> BookAsync(int meetingRoomId, long start, long end, string booker, string? subject, CancellationToken ct)
    {
        SandboxBooking booking;
        using (await gate.EnterAsync(ct))
        {
            var room = await store.RoomAsync(meetingRoomId, ct);
            await store.MemberAsync(booker, ct);
            var now = time.GetUtcNow().ToUnixTimeSeconds();
            var (s, e) = BookingWindow.Resolve(start, end, now, calendar);
            if (await store.OverlapsAsync(room.MeetingRoomId, s, e, ct))
            {
                throw BookingStore.RoomTaken();
            }

            var schedule = new SandboxSchedule
            {
                ScheduleId = SandboxIds.NewScheduleId(),
                Organizer = booker,
                StartTime = s,
                EndTime = e,
                Summary = subject,
                CreatedAt = now,
            };
            booking = new SandboxBooking
            {
                BookingId = SandboxIds.NewBookingId(),
                MeetingRoomId = room.MeetingRoomId,
                ScheduleId = schedule.ScheduleId,
                StartTime = s,
                EndTime = e,
                Booker = booker,
                Subject = subject,
                // Appendix of 93620: an approval room's booking starts as 申请中.
                Status = room.NeedApproval ? BookingStatus.Applying : BookingStatus.Booked,
                CreatedAt = now,
                UpdatedAt = now,
            };
            store.Db.Schedules.Add(schedule);
            store.Db.Bookings.Add(booking);
            await store.Db.SaveChangesAsync(ct);
        }

        feed.Publish(new SandboxEvent(SandboxEventKind.BookingsChanged, MeetingRoomId: booking.MeetingRoomId, BookingId: booking.BookingId));
        feed.Publish(new SandboxEvent(SandboxEventKind.BookedInClient, UserId: booking.Booker, MeetingRoomId: booking.MeetingRoomId,
            BookingId: booking.BookingId, MeetingId: booking.MeetingId));
        return booking;
    }

    /// <summary>申请中 (2) → 审批中 (3) → 已预定 (0); any other state is refused.</summary>
    public async Task<SandboxBooking> AdvanceApprovalAsync(string bookingId, CancellationToken ct)
    {
        SandboxBooking booking;
        using (await gate.EnterAsync(ct))
        {
            booking = await store.Db.Bookings.FirstOrDefaultAsync(b => b.BookingId == bookingId, ct)
                ?? throw new SandboxException(SandboxErrors.BookingNotFound, $"会议室预定不存在 (booking_id {bookingId} not found)");
            booking.Status = booking.Status switch
            {
                BookingStatus.Applying => BookingStatus.InApproval,
                BookingStatus.InApproval => BookingStatus.Booked,
                _ => throw new SandboxException(SandboxErrors.NotInApproval, "该预定不在审批流程中 (the booking is not awaiting approval)"),
            };
            booking.UpdatedAt = time.GetUtcNow().ToUnixTimeSeconds();
            await store.Db.SaveChangesAsync(ct);
        }

        feed.Publish(new SandboxEvent(SandboxEventKind.BookingsChanged, MeetingRoomId: booking.MeetingRoomId, BookingId: booking.BookingId));
        return booking;
    }

    /// <summary>Cancels a booking (or every occurrence of a series) whoever made it.</summary>
    public async Task CancelAsync(string bookingId, CancellationToken ct)
    {
        var cancelled = await cancel.CancelUncheckedAsync(new CancelBookRequest { BookingId = bookingId, KeepSchedule = 1 }, ct);
        var first = cancelled[0];
        feed.Publish(new SandboxEvent(SandboxEventKind.BookingsChanged, MeetingRoomId: first.MeetingRoomId, BookingId: bookingId));
        feed.Publish(new SandboxEvent(SandboxEventKind.CancelledInClient, UserId: first.Booker, MeetingRoomId: first.MeetingRoomId,
            BookingId: bookingId, MeetingId: first.MeetingId));
    }

    public async Task<IReadOnlyList<RoomDay>> DayAsync(DateOnly day, CancellationToken ct)
    {
        var start = calendar.StartOfDay(day);
        var end = calendar.StartOfDay(day.AddDays(1));
        var rooms = await store.Db.Rooms.Where(r => !r.Deleted).OrderBy(r => r.MeetingRoomId).ToListAsync(ct);
        var bookings = await store.Db.Bookings.Where(b => b.StartTime < end && b.EndTime > start).OrderBy(b => b.StartTime).ToListAsync(ct);
        return rooms.Select(r => new RoomDay(r, bookings.Where(b => b.MeetingRoomId == r.MeetingRoomId).ToList())).ToList();
    }
}
