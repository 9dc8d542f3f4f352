using RoomBot.Core.Parsing;

namespace RoomBot.Core.Conversation.Stores;

/// <summary>
/// A card the bot sent, remembered so a click can be checked and acted on once: WeCom tells the bot only the card's
/// task_id and the button's key.
/// </summary>
public sealed record CardRecord(string TaskId, CardKind Kind, string UserId, Language Language, DateTimeOffset CreatedAt)
{
    public CardState State { get; init; } = CardState.Open;
    public string? BookingId { get; init; }
    public int? MeetingRoomId { get; init; }
    /// <summary>The booking's booker: who may cancel from the card (besides the admins).</summary>
    public string? Booker { get; init; }
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
    /// <summary>The request behind an alternatives card, so a click books with the same attendees and subject.</summary>
    public ParsedRequest? Request { get; init; }
    /// <summary>A choice card's button keys in order, so a typed "the first one" / "第一个" acts like its button.</summary>
    public IReadOnlyList<string> ChoiceKeys { get; init; } = [];
    /// <summary>The response_code message/send returned: lets the bot update the card later (doc 94945).</summary>
    public string? ResponseCode { get; init; }
}
