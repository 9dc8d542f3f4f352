using System.Text.Json.Serialization;

namespace RoomBot.WeCom.Contracts;

/// <summary>
/// A template card (doc 90236 / 90241). The same model serialises to the JSON of <c>message/send</c> and,
/// through <c>PassiveReplyXml</c>, to the PascalCase XML of a passive <c>update_template_card</c>.
/// </summary>
public sealed record TemplateCard
{
    [JsonPropertyName("card_type")] public string CardType { get; init; } = "button_interaction";
    [JsonPropertyName("source")] public CardSource? Source { get; init; }
    [JsonPropertyName("main_title")] public CardTitle? MainTitle { get; init; }
    [JsonPropertyName("sub_title_text")] public string? SubTitleText { get; init; }
    [JsonPropertyName("horizontal_content_list")] public IReadOnlyList<CardField>? HorizontalContentList { get; init; }
    [JsonPropertyName("card_action")] public CardAction? CardAction { get; init; }
    /// <summary>Unique per app, at most 128 bytes of 0-9a-zA-Z_-@.</summary>
    [JsonPropertyName("task_id")] public string? TaskId { get; init; }
    [JsonPropertyName("button_list")] public IReadOnlyList<CardButton>? ButtonList { get; init; }
    /// <summary>Only in updates: the text shown instead of the buttons.</summary>
    [JsonPropertyName("replace_text")] public string? ReplaceText { get; init; }
}

public sealed record CardSource
{
    [JsonPropertyName("icon_url")] public string? IconUrl { get; init; }
    [JsonPropertyName("desc")] public string? Desc { get; init; }
    /// <summary>0 grey, 1 black, 2 red, 3 green.</summary>
    [JsonPropertyName("desc_color")] public int? DescColor { get; init; }
}

public sealed record CardTitle
{
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("desc")] public string? Desc { get; init; }
}

public sealed record CardField
{
    [JsonPropertyName("keyname")] public string KeyName { get; init; } = "";
    [JsonPropertyName("value")] public string? Value { get; init; }
}

public sealed record CardAction
{
    /// <summary>0 none, 1 URL, 2 mini program.</summary>
    [JsonPropertyName("type")] public int Type { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
}

public sealed record CardButton
{
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    /// <summary>1 blue, 2 grey, 3 red, 4 white-blue.</summary>
    [JsonPropertyName("style")] public int Style { get; init; } = 1;
    /// <summary>Unique within the card, at most 1024 bytes; comes back as the click's EventKey.</summary>
    [JsonPropertyName("key")] public string Key { get; init; } = "";
}
