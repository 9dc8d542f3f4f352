using System.Text.Json.Serialization;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Api;

/// <summary><c>oa/meetingroom/add</c>'s answer.</summary>
public sealed record RoomAddResponse : WeComResponse
{
    [JsonPropertyName("meetingroom_id")] public int MeetingRoomId { get; init; }
}

/// <summary><c>user/list</c>'s member (the fields the sandbox knows).</summary>
public sealed record SandboxUserEntry
{
    [JsonPropertyName("userid")] public string UserId { get; init; } = "";
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("department")] public IReadOnlyList<int> Department { get; init; } = [1];
}

public sealed record SandboxUserListResponse : WeComResponse
{
    [JsonPropertyName("userlist")] public IReadOnlyList<SandboxUserEntry> UserList { get; init; } = [];
}
