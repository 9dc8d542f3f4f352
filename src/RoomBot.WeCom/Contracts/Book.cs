using System.Text.Json.Serialization;

namespace RoomBot.WeCom.Contracts;

/// <summary>Request of <c>oa/meetingroom/book</c>.</summary>
public sealed record BookRequest
{
    [JsonPropertyName("meetingroom_id")] public int MeetingRoomId { get; init; }
    [JsonPropertyName("subject")] public string? Subject { get; init; }
    [JsonPropertyName("start_time")] public long StartTime { get; init; }
    [JsonPropertyName("end_time")] public long EndTime { get; init; }
    [JsonPropertyName("booker")] public string Booker { get; init; } = "";
    [JsonPropertyName("attendees")] public IReadOnlyList<string>? Attendees { get; init; }
}

public sealed record BookResponse : WeComResponse
{
    [JsonPropertyName("booking_id")] public string BookingId { get; init; } = "";
    [JsonPropertyName("schedule_id")] public string? ScheduleId { get; init; }
}

/// <summary>Request of <c>oa/meetingroom/book_by_schedule</c>.</summary>
public sealed record BookByScheduleRequest
{
    [JsonPropertyName("meetingroom_id")] public int MeetingRoomId { get; init; }
    [JsonPropertyName("schedule_id")] public string ScheduleId { get; init; } = "";
    [JsonPropertyName("booker")] public string Booker { get; init; } = "";
}

/// <summary>Request of <c>oa/meetingroom/book_by_meeting</c>.</summary>
public sealed record BookByMeetingRequest
{
    [JsonPropertyName("meetingroom_id")] public int MeetingRoomId { get; init; }
    [JsonPropertyName("meetingid")] public string MeetingId { get; init; } = "";
    [JsonPropertyName("booker")] public string Booker { get; init; } = "";
}

/// <summary>Answer of book_by_schedule / book_by_meeting: <c>conflict_date</c> holds 00:00 of each day that clashed.</summary>
public sealed record SeriesBookResponse : WeComResponse
{
    [JsonPropertyName("booking_id")] public string BookingId { get; init; } = "";
    [JsonPropertyName("conflict_date")] public IReadOnlyList<long> ConflictDate { get; init; } = [];
}

/// <summary>Request of <c>oa/meetingroom/cancel_book</c>.</summary>
public sealed record CancelBookRequest
{
    [JsonPropertyName("booking_id")] public string BookingId { get; init; } = "";
    /// <summary>0 delete the schedule, 1 keep it; non-repeating bookings only.</summary>
    [JsonPropertyName("keep_schedule")] public int? KeepSchedule { get; init; }
    /// <summary>For a series: that day's 00:00; absent cancels every occurrence.</summary>
    [JsonPropertyName("cancel_date")] public long? CancelDate { get; init; }
}

/// <summary>Request of <c>oa/meetingroom/bookinfo/get</c>.</summary>
public sealed record BookInfoRequest
{
    [JsonPropertyName("meetingroom_id")] public int MeetingRoomId { get; init; }
    [JsonPropertyName("booking_id")] public string BookingId { get; init; } = "";
}

public sealed record BookInfoResponse : WeComResponse
{
    [JsonPropertyName("meetingroom_id")] public int MeetingRoomId { get; init; }
    [JsonPropertyName("schedule")] public BookingSlot? Schedule { get; init; }
}
