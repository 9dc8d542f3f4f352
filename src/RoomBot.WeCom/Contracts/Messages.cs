using System.Text.Json.Serialization;

namespace RoomBot.WeCom.Contracts;

/// <summary>
/// Body of <c>message/send</c> (doc 90236). Set exactly one of <see cref="Text"/>, <see cref="Markdown"/>,
/// <see cref="TemplateCard"/> to match <see cref="MsgType"/>; use the factory methods.
/// </summary>
public sealed record AppMessage
{
    [JsonPropertyName("touser")] public string ToUser { get; init; } = "";
    [JsonPropertyName("msgtype")] public string MsgType { get; init; } = "";
    [JsonPropertyName("agentid")] public int AgentId { get; init; }
    [JsonPropertyName("text")] public TextContent? Text { get; init; }
    [JsonPropertyName("markdown")] public TextContent? Markdown { get; init; }
    [JsonPropertyName("template_card")] public TemplateCard? TemplateCard { get; init; }

    /// <summary>Several users are joined with '|'.</summary>
    public static AppMessage ForText(string toUser, string content) =>
        new() { ToUser = toUser, MsgType = "text", Text = new(content) };

    public static AppMessage ForMarkdown(string toUser, string content) =>
        new() { ToUser = toUser, MsgType = "markdown", Markdown = new(content) };

    public static AppMessage ForCard(string toUser, TemplateCard card) =>
        new() { ToUser = toUser, MsgType = "template_card", TemplateCard = card };
}

public sealed record TextContent([property: JsonPropertyName("content")] string Content);

public sealed record MessageSendResponse : WeComResponse
{
    [JsonPropertyName("invaliduser")] public string? InvalidUser { get; init; }
    [JsonPropertyName("msgid")] public string? MsgId { get; init; }
    /// <summary>Single-use code for <c>message/update_template_card</c>; only for interactive cards.</summary>
    [JsonPropertyName("response_code")] public string? ResponseCode { get; init; }
}

/// <summary>Body of <c>message/update_template_card</c> (doc 94945): either <see cref="Button"/> or <see cref="TemplateCard"/>.</summary>
public sealed record UpdateTemplateCardRequest
{
    [JsonPropertyName("userids")] public IReadOnlyList<string>? UserIds { get; init; }
    [JsonPropertyName("atall")] public int AtAll { get; init; }
    [JsonPropertyName("agentid")] public int AgentId { get; init; }
    [JsonPropertyName("response_code")] public string ResponseCode { get; init; } = "";
    [JsonPropertyName("button")] public ReplaceButton? Button { get; init; }
    [JsonPropertyName("template_card")] public TemplateCard? TemplateCard { get; init; }
}

public sealed record ReplaceButton([property: JsonPropertyName("replace_name")] string ReplaceName);
