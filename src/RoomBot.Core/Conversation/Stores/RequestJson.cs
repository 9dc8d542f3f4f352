using System.Text.Json;
using System.Text.Json.Serialization;
using RoomBot.Core.Parsing;

namespace RoomBot.Core.Conversation.Stores;

/// <summary>How stores keep a <see cref="ParsedRequest"/>: JSON with enums by name, so a stored request survives enum reordering.</summary>
public static class RequestJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ParsedRequest request) => JsonSerializer.Serialize(request, Options);

    public static ParsedRequest? Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ParsedRequest>(json, Options);
}
