using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomBot.WeCom;

/// <summary>The one JSON configuration for WeCom bodies: the contracts' <c>JsonPropertyName</c>s, nulls left out.</summary>
public static class WeComJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // WeCom sends some numbers as strings (and the passive-reply XML carries everything as text).
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            // Keep Chinese readable on the wire and in recorded test bodies.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
