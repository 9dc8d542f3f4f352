using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoomBot.Sandbox.Feed;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Booking;

/// <summary><c>oa/meetingroom/cancel_book</c> (rules 15–17 of doc 93620); also what a cancel in the WeCom client does.</summary>
public sealed class CancelCommands(BookingStore store, BookingGate gate, TimeProvider time, CorpCalendar calendar,
    ISandboxFeed feed, IOptions<WeComOptions> wecom)
{
    /// <summary>Cancels as the configured app: another app's (or the client's) booking is refused with 90499.</summary>
    public async Task CancelAsync(CancelBookRequest r, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        var rows = await store.BookingOrSeriesAsync(r.BookingId, ct);
        if (rows.Any(b => b.AgentId != wecom.Value.AgentId))
        {
            throw new SandboxException(SandboxErrors.BookedByOtherApp, "不可取消其由他应用预定的会议室");
        }

        var cancelled = await CancelRowsAsync(rows, r, ct);
        feed.Publish(new SandboxEvent(SandboxEventKind.BookingsChanged, MeetingRoomId: cancelled[0].MeetingRoomId, BookingId: r.BookingId));
    }

    /// <summary>Cancels without the app check (a person in the WeCom client may cancel any booking); returns the rows cancelled.</summary>
    internal async Task<IReadOnlyList<SandboxBooking>> CancelUncheckedAsync(CancelBookRequest r, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        var rows = await store.BookingOrSeriesAsync(r.BookingId, ct);
        return await CancelRowsAsync(rows, r, ct);
    }

    private async Task<List<SandboxBooking>> CancelRowsAsync(IReadOnlyList<SandboxBooking> rows, CancelBookRequest r, CancellationToken ct)
    {
        var targets = Targets(rows, r);
        var active = targets.Where(b => b.IsActive).ToList();
        if (active.Count == 0)
        {
            // 17: cancelling twice is refused.
            throw new SandboxException(SandboxErrors.AlreadyCancelled, "会议室预定已取消 (the booking is already cancelled)");
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        foreach (var b in active)
        {
            b.Status = BookingStatus.Cancelled;
            b.UpdatedAt = now;
        }

        // 15: keep_schedule (0 delete, 1 keep) applies to non-repeating bookings only.
        var single = rows.Count == 1 && rows[0].MasterBookingId is null;
        if (single && r.KeepSchedule != 1 && rows[0].ScheduleId is { } scheduleId)
        {
            var schedule = await store.Db.Schedules.FirstOrDefaultAsync(s => s.ScheduleId == scheduleId, ct);
            schedule?.Deleted = true;
        }

        await store.Db.SaveChangesAsync(ct);
        return active;
    }

    /// <summary>
    /// 16: an occurrence id cancels that occurrence; a series id cancels every occurrence, or with cancel_date only the
    /// occurrence on that day (cancel_date is that day's 00:00; any instant of the day is accepted).
    /// </summary>
    private List<SandboxBooking> Targets(IReadOnlyList<SandboxBooking> rows, CancelBookRequest r)
    {
        var own = rows.FirstOrDefault(b => b.BookingId == r.BookingId);
        if (own is not null)
        {
            return [own];
        }

        if (r.CancelDate is not { } date)
        {
            return [.. rows];
        }

        var day = calendar.DayOf(date);
        var onDay = rows.Where(b => calendar.DayOf(b.StartTime) == day).ToList();
        return onDay.Count > 0
            ? onDay
            : throw new SandboxException(SandboxErrors.BookingNotFound, "该日期没有此预定 (no occurrence of the booking on cancel_date)");
    }
}
