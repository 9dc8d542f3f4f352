using System.Text.Json.Serialization;

namespace RoomBot.WeCom.Contracts;

/// <summary>Request of <c>oa/schedule/add</c> (doc 93648).</summary>
public sealed record ScheduleAddRequest
{
    [JsonPropertyName("schedule")] public ScheduleSpec Schedule { get; init; } = new();
    [JsonPropertyName("agentid")] public int? AgentId { get; init; }
}

public sealed record ScheduleSpec
{
    [JsonPropertyName("organizer")] public string? Organizer { get; init; }
    [JsonPropertyName("start_time")] public long StartTime { get; init; }
    [JsonPropertyName("end_time")] public long EndTime { get; init; }
    [JsonPropertyName("attendees")] public IReadOnlyList<ScheduleAttendee>? Attendees { get; init; }
    [JsonPropertyName("summary")] public string? Summary { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("location")] public string? Location { get; init; }
    [JsonPropertyName("reminders")] public ScheduleReminders? Reminders { get; init; }
}

public sealed record ScheduleAttendee([property: JsonPropertyName("userid")] string UserId);

/// <summary>Repeat settings. repeat_type: 0 daily, 1 weekly, 2 monthly, 5 yearly, 7 workdays.</summary>
public sealed record ScheduleReminders
{
    [JsonPropertyName("is_remind")] public int? IsRemind { get; init; }
    [JsonPropertyName("remind_before_event_secs")] public int? RemindBeforeEventSecs { get; init; }
    [JsonPropertyName("is_repeat")] public int? IsRepeat { get; init; }
    [JsonPropertyName("repeat_type")] public int? RepeatType { get; init; }
    [JsonPropertyName("repeat_until")] public long? RepeatUntil { get; init; }
    [JsonPropertyName("is_custom_repeat")] public int? IsCustomRepeat { get; init; }
    [JsonPropertyName("repeat_interval")] public int? RepeatInterval { get; init; }
    [JsonPropertyName("repeat_day_of_week")] public IReadOnlyList<int>? RepeatDayOfWeek { get; init; }
    [JsonPropertyName("timezone")] public int? Timezone { get; init; }
}

public sealed record ScheduleAddResponse : WeComResponse
{
    [JsonPropertyName("schedule_id")] public string ScheduleId { get; init; } = "";
}

/// <summary>Request of <c>meeting/create</c> (doc 99104).</summary>
public sealed record MeetingCreateRequest
{
    [JsonPropertyName("admin_userid")] public string AdminUserId { get; init; } = "";
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("meeting_start")] public long MeetingStart { get; init; }
    /// <summary>Seconds, at least 300.</summary>
    [JsonPropertyName("meeting_duration")] public long MeetingDuration { get; init; }
    [JsonPropertyName("invitees")] public MeetingInvitees? Invitees { get; init; }
    [JsonPropertyName("agentid")] public int? AgentId { get; init; }
    [JsonPropertyName("reminders")] public ScheduleReminders? Reminders { get; init; }
}

public sealed record MeetingInvitees([property: JsonPropertyName("userid")] IReadOnlyList<string> UserId);

public sealed record MeetingCreateResponse : WeComResponse
{
    [JsonPropertyName("meetingid")] public string MeetingId { get; init; } = "";
}
