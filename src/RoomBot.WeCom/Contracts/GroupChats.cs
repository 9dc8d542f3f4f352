using System.Text.Json.Serialization;

namespace RoomBot.WeCom.Contracts;

/// <summary>Request of <c>appchat/create</c> (doc 90245).</summary>
public sealed record AppChatCreateRequest
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("owner")] public string? Owner { get; init; }
    /// <summary>2 to 2000 members.</summary>
    [JsonPropertyName("userlist")] public IReadOnlyList<string> UserList { get; init; } = [];
    /// <summary>Optional, at most 32 letters and digits.</summary>
    [JsonPropertyName("chatid")] public string? ChatId { get; init; }
}

public sealed record AppChatCreateResponse : WeComResponse
{
    [JsonPropertyName("chatid")] public string ChatId { get; init; } = "";
}

/// <summary>Body of <c>appchat/send</c> (doc 90248): text or markdown.</summary>
public sealed record AppChatMessage
{
    [JsonPropertyName("chatid")] public string ChatId { get; init; } = "";
    [JsonPropertyName("msgtype")] public string MsgType { get; init; } = "";
    [JsonPropertyName("text")] public TextContent? Text { get; init; }
    [JsonPropertyName("markdown")] public TextContent? Markdown { get; init; }
    [JsonPropertyName("safe")] public int Safe { get; init; }

    public static AppChatMessage ForText(string chatId, string content) =>
        new() { ChatId = chatId, MsgType = "text", Text = new(content) };

    public static AppChatMessage ForMarkdown(string chatId, string content) =>
        new() { ChatId = chatId, MsgType = "markdown", Markdown = new(content) };
}

/// <summary>Body of a group robot's <c>webhook/send?key=</c> (doc 91770).</summary>
public sealed record WebhookMessage
{
    [JsonPropertyName("msgtype")] public string MsgType { get; init; } = "";
    [JsonPropertyName("text")] public WebhookText? Text { get; init; }
    [JsonPropertyName("markdown")] public TextContent? Markdown { get; init; }

    public static WebhookMessage ForText(string content, IReadOnlyList<string>? mentioned = null) =>
        new() { MsgType = "text", Text = new WebhookText { Content = content, MentionedList = mentioned } };

    public static WebhookMessage ForMarkdown(string content) =>
        new() { MsgType = "markdown", Markdown = new(content) };
}

public sealed record WebhookText
{
    [JsonPropertyName("content")] public string Content { get; init; } = "";
    /// <summary>Userids to @-mention, or "@all".</summary>
    [JsonPropertyName("mentioned_list")] public IReadOnlyList<string>? MentionedList { get; init; }
    [JsonPropertyName("mentioned_mobile_list")] public IReadOnlyList<string>? MentionedMobileList { get; init; }
}
