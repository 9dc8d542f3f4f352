using System.Text.Json.Serialization;

namespace RoomBot.WeCom.Contracts;

/// <summary>A member as <c>user/list</c> returns it (only the fields RoomBot uses).</summary>
public sealed record DirectoryUser
{
    [JsonPropertyName("userid")] public string UserId { get; init; } = "";
    [JsonPropertyName("name")] public string Name { get; init; } = "";
}

public sealed record UserListResponse : WeComResponse
{
    [JsonPropertyName("userlist")] public IReadOnlyList<DirectoryUser> UserList { get; init; } = [];
}

public sealed record AccessTokenResponse : WeComResponse
{
    [JsonPropertyName("access_token")] public string AccessToken { get; init; } = "";
    [JsonPropertyName("expires_in")] public int ExpiresIn { get; init; }
}
