using RoomBot.Sandbox.Calendar;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Api;

/// <summary><c>oa/schedule/add</c> (doc 93648) and <c>meeting/create</c> (doc 99104).</summary>
internal static class CalendarApi
{
    public static async Task<WeComResponse> AddScheduleAsync(ApiContext c)
    {
        var s = c.Body.RequiredObject("schedule");
        var request = new ScheduleAddRequest
        {
            AgentId = c.Body.OptionalInt("agentid"),
            Schedule = new ScheduleSpec
            {
                Organizer = s.OptionalString("organizer"),
                StartTime = s.RequiredLong("start_time"),
                EndTime = s.RequiredLong("end_time"),
                Attendees = s.OptionalObjectList("attendees")?.Select(a => new ScheduleAttendee(a.RequiredString("userid"))).ToList(),
                Summary = s.OptionalString("summary"),
                Description = s.OptionalString("description"),
                Location = s.OptionalString("location"),
                Reminders = Reminders(s.OptionalObject("reminders")),
            },
        };
        return new ScheduleAddResponse { ScheduleId = await c.Service<ScheduleCommands>().AddScheduleAsync(request, c.Aborted) };
    }

    public static async Task<WeComResponse> CreateMeetingAsync(ApiContext c)
    {
        var b = c.Body;
        var request = new MeetingCreateRequest
        {
            AdminUserId = b.RequiredString("admin_userid"),
            Title = b.RequiredString("title"),
            MeetingStart = b.RequiredLong("meeting_start"),
            MeetingDuration = b.RequiredLong("meeting_duration"),
            Invitees = b.OptionalObject("invitees") is { } i ? new MeetingInvitees(i.OptionalStringList("userid") ?? []) : null,
            AgentId = b.OptionalInt("agentid"),
            Reminders = Reminders(b.OptionalObject("reminders")),
        };
        return new MeetingCreateResponse { MeetingId = await c.Service<ScheduleCommands>().CreateMeetingAsync(request, c.Aborted) };
    }

    private static ScheduleReminders? Reminders(JsonBody? r) => r is null ? null : new ScheduleReminders
    {
        IsRemind = r.OptionalInt("is_remind"),
        RemindBeforeEventSecs = r.OptionalInt("remind_before_event_secs"),
        IsRepeat = r.OptionalInt("is_repeat"),
        RepeatType = r.OptionalInt("repeat_type"),
        RepeatUntil = r.OptionalLong("repeat_until"),
        IsCustomRepeat = r.OptionalInt("is_custom_repeat"),
        RepeatInterval = r.OptionalInt("repeat_interval"),
        RepeatDayOfWeek = r.OptionalIntList("repeat_day_of_week"),
        Timezone = r.OptionalInt("timezone"),
    };
}
