namespace RoomBot.WeCom.Callback;

/// <summary>
/// Any other message type (image, voice, location, ...) or event: accepted and answered gracefully, never rejected
/// (wecom-protocol.md §2).
/// </summary>
/// <param name="Event">The event name when <c>MsgType</c> is <c>event</c>.</param>
public sealed record UnknownMessage(string? Event) : InboundMessage
{
    /// <summary>Present for ordinary messages (image, voice, ...), which WeCom deduplicates by it.</summary>
    public long? MsgId { get; init; }
    public string? EventKey { get; init; }

    public override string DedupKey => MsgId is { } id ? MessageKey(id) : EventKeyOf(Event ?? MsgType, EventKey, null);
}
