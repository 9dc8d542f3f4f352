using System.Text.Json.Serialization;

namespace RoomBot.WeCom.Contracts;

/// <summary>A room as <c>oa/meetingroom/list</c> returns it (doc 93619).</summary>
public sealed record MeetingRoom
{
    [JsonPropertyName("meetingroom_id")] public int MeetingRoomId { get; init; }
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("capacity")] public int Capacity { get; init; }
    [JsonPropertyName("city")] public string? City { get; init; }
    [JsonPropertyName("building")] public string? Building { get; init; }
    [JsonPropertyName("floor")] public string? Floor { get; init; }
    /// <summary>1 TV, 2 phone, 3 projector, 4 whiteboard, 5 video.</summary>
    [JsonPropertyName("equipment")] public IReadOnlyList<int> Equipment { get; init; } = [];
    [JsonPropertyName("need_approval")] public int NeedApproval { get; init; }

    [JsonIgnore] public bool RequiresApproval => NeedApproval != 0;
}

/// <summary>Filter of <c>oa/meetingroom/list</c>: building needs city, floor needs both.</summary>
public sealed record MeetingRoomQuery
{
    [JsonPropertyName("city")] public string? City { get; init; }
    [JsonPropertyName("building")] public string? Building { get; init; }
    [JsonPropertyName("floor")] public string? Floor { get; init; }
    [JsonPropertyName("equipment")] public IReadOnlyList<int>? Equipment { get; init; }
}

public sealed record MeetingRoomListResponse : WeComResponse
{
    [JsonPropertyName("meetingroom_list")] public IReadOnlyList<MeetingRoom> MeetingRoomList { get; init; } = [];
}
