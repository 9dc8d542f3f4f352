using System.Text.Json.Serialization;

namespace RoomBot.WeCom.Contracts;

/// <summary>Request of <c>oa/meetingroom/get_booking_info</c>. Every field is optional; no cross-day windows (93620).</summary>
public sealed record BookingInfoQuery
{
    [JsonPropertyName("meetingroom_id")] public int? MeetingRoomId { get; init; }
    [JsonPropertyName("start_time")] public long? StartTime { get; init; }
    [JsonPropertyName("end_time")] public long? EndTime { get; init; }
    [JsonPropertyName("city")] public string? City { get; init; }
    [JsonPropertyName("building")] public string? Building { get; init; }
    [JsonPropertyName("floor")] public string? Floor { get; init; }
}

public sealed record BookingInfoResponse : WeComResponse
{
    [JsonPropertyName("booking_list")] public IReadOnlyList<RoomBookings> BookingList { get; init; } = [];
}

public sealed record RoomBookings
{
    [JsonPropertyName("meetingroom_id")] public int MeetingRoomId { get; init; }
    [JsonPropertyName("schedule")] public IReadOnlyList<BookingSlot> Schedule { get; init; } = [];
}

/// <summary>One booking as <c>get_booking_info</c> and <c>bookinfo/get</c> describe it.</summary>
public sealed record BookingSlot
{
    [JsonPropertyName("booking_id")] public string BookingId { get; init; } = "";
    [JsonPropertyName("master_booking_id")] public string? MasterBookingId { get; init; }
    [JsonPropertyName("schedule_id")] public string? ScheduleId { get; init; }
    [JsonPropertyName("start_time")] public long StartTime { get; init; }
    [JsonPropertyName("end_time")] public long EndTime { get; init; }
    [JsonPropertyName("booker")] public string Booker { get; init; } = "";
    [JsonPropertyName("status")] public BookingStatus Status { get; init; }
}
