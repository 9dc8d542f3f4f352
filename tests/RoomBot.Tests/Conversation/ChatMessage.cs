using System.Text.Json;

namespace RoomBot.Tests.Conversation;

/// <summary>One message of a user's 1:1 chat as the sandbox page API shows it.</summary>
public sealed record ChatMessage(long Id, bool FromBot, string MsgType, JsonElement Json)
{
    public static ChatMessage From(JsonElement m) =>
        new(m.GetProperty("id").GetInt64(), m.GetProperty("fromBot").GetBoolean(), m.GetProperty("msgType").GetString()!, m.Clone());

    public bool IsCard => MsgType == "template_card";

    public JsonElement Content => Json.GetProperty("content");

    public string Text => MsgType == "text" ? Content.GetProperty("content").GetString()! : "";

    public string? ReplacedName =>
        Json.TryGetProperty("replacedName", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;

    public IReadOnlyList<(string Text, string Key)> Buttons =>
        Content.TryGetProperty("button_list", out var list)
            ? list.EnumerateArray().Select(b => (b.GetProperty("text").GetString()!, b.GetProperty("key").GetString()!)).ToList()
            : [];

    public string Field(string keyName) => Content.GetProperty("horizontal_content_list").EnumerateArray()
        .Single(f => f.GetProperty("keyname").GetString() == keyName).GetProperty("value").GetString()!;

    public string Title => Content.GetProperty("main_title").GetProperty("title").GetString()!;
}
