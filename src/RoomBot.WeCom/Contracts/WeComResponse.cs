using System.Text.Json.Serialization;

namespace RoomBot.WeCom.Contracts;

/// <summary>The envelope every WeCom API answer carries.</summary>
public record WeComResponse
{
    [JsonPropertyName("errcode")] public int ErrCode { get; init; }
    [JsonPropertyName("errmsg")] public string? ErrMsg { get; init; }
}
