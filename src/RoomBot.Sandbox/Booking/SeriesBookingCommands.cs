using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoomBot.Sandbox.Feed;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Booking;

/// <summary><c>book_by_schedule</c> and <c>book_by_meeting</c> (rules 11–14 of doc 93620).</summary>
public sealed class SeriesBookingCommands(
    BookingStore store, BookingGate gate, TimeProvider time, CorpCalendar calendar, ISandboxFeed feed, IOptions<WeComOptions> wecom)
{
    /// <summary>A series without repeat_until is booked this far ahead (the sandbox's cap; WeCom documents none).</summary>
    public const int HorizonMonths = 3;

    public async Task<SeriesBookResponse> BookByScheduleAsync(BookByScheduleRequest r, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        var schedule = await store.Db.Schedules.FirstOrDefaultAsync(s => s.ScheduleId == r.ScheduleId && !s.Deleted, ct)
            ?? throw new SandboxException(SandboxErrors.ScheduleNotFound, $"日程不存在 (schedule_id {r.ScheduleId} not found)");
        return await BookSeriesAsync(schedule, r.MeetingRoomId, r.Booker, "日程", ct);
    }

    public async Task<SeriesBookResponse> BookByMeetingAsync(BookByMeetingRequest r, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        var schedule = await store.Db.Schedules.FirstOrDefaultAsync(s => s.MeetingId == r.MeetingId && !s.Deleted, ct)
            ?? throw new SandboxException(SandboxErrors.MeetingNotFound, $"会议不存在 (meetingid {r.MeetingId} not found)");
        return await BookSeriesAsync(schedule, r.MeetingRoomId, r.Booker, "会议", ct);
    }

    private async Task<SeriesBookResponse> BookSeriesAsync(SandboxSchedule schedule, int meetingRoomId, string booker, string kind, CancellationToken ct)
    {
        var room = await store.RoomAsync(meetingRoomId, ct);
        await store.MemberAsync(booker, ct);
        // 11: "仅可使用同应用创建的日程/会议".
        if (schedule.AgentId != wecom.Value.AgentId)
        {
            throw new SandboxException(SandboxErrors.NotSameApp, $"仅可使用同应用创建的{kind} (made by another app)");
        }

        // 13: a schedule holds at most one room.
        if (await store.Db.Bookings.AnyAsync(b => b.ScheduleId == schedule.ScheduleId && b.Status != BookingStatus.Cancelled, ct))
        {
            throw new SandboxException(SandboxErrors.ScheduleAlreadyHasRoom, "日程已预定其他会议室");
        }

        BookingStore.EnsureNoApproval(room);
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var horizon = calendar.DayOf(Math.Max(now, schedule.StartTime)).AddMonths(HorizonMonths);
        var occurrences = RecurrenceExpander.Expand(schedule, calendar, horizon);
        var plan = await PlanAsync(occurrences, room.MeetingRoomId, now, ct);
        if (plan.Windows.Count == 0)
        {
            throw plan.Conflicts.Count > 0
                ? BookingStore.RoomTaken()
                : new SandboxException(SandboxErrors.BadTime, $"预定时间无效：{kind}已结束 (no occurrence left to book)");
        }

        // 14: every occurrence gets its own booking_id; a repeating one shares the series id as master_booking_id.
        var seriesId = SandboxIds.NewBookingId();
        var rows = plan.Windows.Select((w, i) => new SandboxBooking
        {
            BookingId = schedule.IsRepeat ? SandboxIds.NewBookingId() : seriesId,
            MasterBookingId = schedule.IsRepeat ? seriesId : null,
            MeetingRoomId = room.MeetingRoomId,
            ScheduleId = schedule.ScheduleId,
            MeetingId = schedule.MeetingId,
            StartTime = w.Start,
            EndTime = w.End,
            Booker = booker,
            Subject = schedule.Summary,
            Attendees = [.. schedule.Attendees],
            Status = BookingStatus.Booked,
            AgentId = wecom.Value.AgentId,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        store.Db.Bookings.AddRange(rows);
        await store.Db.SaveChangesAsync(ct);
        feed.Publish(new SandboxEvent(SandboxEventKind.BookingsChanged, MeetingRoomId: room.MeetingRoomId, BookingId: seriesId,
            MeetingId: schedule.MeetingId));
        return new SeriesBookResponse { BookingId = seriesId, ConflictDate = plan.Conflicts };
    }

    /// <summary>
    /// 12: occurrences that clash are skipped and reported as that day's 00:00; ended ones are left out; the rest follow
    /// the same rounding and late-start rules as <c>book</c>.
    /// </summary>
    private async Task<(List<(long Start, long End)> Windows, List<long> Conflicts)> PlanAsync(
        IReadOnlyList<Occurrence> occurrences, int meetingRoomId, long now, CancellationToken ct)
    {
        var windows = new List<(long Start, long End)>();
        var conflicts = new List<long>();
        foreach (var o in occurrences.Where(o => o.EndTime > now && o.EndTime > o.StartTime))
        {
            (long Start, long End) window;
            try
            {
                window = BookingWindow.Resolve(o.StartTime, o.EndTime, now, calendar);
            }
            catch (SandboxException)
            {
                continue;
            }

            if (await store.OverlapsAsync(meetingRoomId, window.Start, window.End, ct))
            {
                conflicts.Add(calendar.StartOfDay(o.Day));
            }
            else
            {
                windows.Add(window);
            }
        }

        return (windows, conflicts);
    }
}
