namespace RoomBot.WeCom.Callback;

/// <summary>A click in a template card's action menu (doc 90240): like a button click, without selections.</summary>
public sealed record TemplateCardMenuEvent(string EventKey, string TaskId, string CardType, string ResponseCode) : InboundMessage
{
    public override string DedupKey => EventKeyOf(InboundEventNames.TemplateCardMenuEvent, EventKey, TaskId);
}
