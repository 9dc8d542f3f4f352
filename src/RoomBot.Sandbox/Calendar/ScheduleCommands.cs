using Microsoft.Extensions.Options;
using RoomBot.Sandbox.Booking;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Calendar;

/// <summary><c>oa/schedule/add</c> (doc 93648) and <c>meeting/create</c> (doc 99104): what book_by_schedule / book_by_meeting book.</summary>
public sealed class ScheduleCommands(BookingStore store, TimeProvider time, IOptions<WeComOptions> wecom)
{
    /// <summary>93648 repeat_type: 0 daily, 1 weekly, 2 monthly, 5 yearly, 7 workdays.</summary>
    private static readonly HashSet<int> RepeatTypes = [0, 1, 2, 5, 7];
    /// <summary>99104: "会议持续时长单位秒，最小300秒".</summary>
    public const long MinMeetingSeconds = 300;

    /// <summary>
    /// An <c>agentid</c> other than the configured app's records the schedule as made by that app (the sandbox's way to
    /// make "another app's" schedule for rule 11).
    /// </summary>
    public async Task<string> AddScheduleAsync(ScheduleAddRequest r, CancellationToken ct)
    {
        var s = r.Schedule;
        if (string.IsNullOrEmpty(s.Organizer))
        {
            throw Invalid("schedule.organizer is required");
        }

        await store.MemberAsync(s.Organizer, ct);
        var schedule = Build(s.StartTime, s.EndTime, s.Reminders, r.AgentId);
        schedule.Organizer = s.Organizer;
        schedule.Summary = s.Summary;
        schedule.Attendees = [.. (s.Attendees ?? []).Select(a => a.UserId)];
        store.Db.Schedules.Add(schedule);
        await store.Db.SaveChangesAsync(ct);
        return schedule.ScheduleId;
    }

    public async Task<string> CreateMeetingAsync(MeetingCreateRequest r, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(r.AdminUserId))
        {
            throw Invalid("admin_userid is required");
        }

        if (string.IsNullOrEmpty(r.Title))
        {
            throw Invalid("title is required");
        }

        if (r.MeetingDuration < MinMeetingSeconds)
        {
            throw Invalid("meeting_duration must be at least 300 seconds");
        }

        await store.MemberAsync(r.AdminUserId, ct);
        var schedule = Build(r.MeetingStart, r.MeetingStart + r.MeetingDuration, r.Reminders, r.AgentId);
        schedule.MeetingId = SandboxIds.NewMeetingId();
        schedule.Organizer = r.AdminUserId;
        schedule.Summary = r.Title;
        schedule.Attendees = [.. r.Invitees?.UserId ?? []];
        store.Db.Schedules.Add(schedule);
        await store.Db.SaveChangesAsync(ct);
        return schedule.MeetingId;
    }

    private SandboxSchedule Build(long start, long end, ScheduleReminders? reminders, int? agentId)
    {
        if (start <= 0 || end <= start)
        {
            throw Invalid("end_time must be after start_time");
        }

        var repeat = reminders?.IsRepeat == 1;
        var type = reminders?.RepeatType ?? 0;
        if (repeat && !RepeatTypes.Contains(type))
        {
            throw Invalid("reminders.repeat_type must be 0, 1, 2, 5 or 7");
        }

        if (reminders?.RepeatInterval is < 1)
        {
            throw Invalid("reminders.repeat_interval must be at least 1");
        }

        if (reminders?.RepeatDayOfWeek is { } days && days.Any(d => d is < 1 or > 7))
        {
            throw Invalid("reminders.repeat_day_of_week holds 1 (Monday) to 7 (Sunday)");
        }

        return new SandboxSchedule
        {
            ScheduleId = SandboxIds.NewScheduleId(),
            AgentId = agentId is > 0 ? agentId : wecom.Value.AgentId,
            StartTime = start,
            EndTime = end,
            IsRepeat = repeat,
            RepeatType = type,
            RepeatUntil = reminders?.RepeatUntil ?? 0,
            IsCustomRepeat = reminders?.IsCustomRepeat == 1,
            RepeatInterval = reminders?.RepeatInterval ?? 1,
            RepeatDayOfWeek = [.. reminders?.RepeatDayOfWeek ?? []],
            CreatedAt = time.GetUtcNow().ToUnixTimeSeconds(),
        };
    }

    private static SandboxException Invalid(string detail) => new(SandboxErrors.InvalidParameter, "invalid parameter: " + detail);
}
