namespace RoomBot.WeCom.Callback;

/// <summary>The user opened the app's chat (doc 96468); EventKey is normally empty.</summary>
public sealed record EnterAgentEvent(string? EventKey = "") : InboundMessage
{
    public override string DedupKey => EventKeyOf(InboundEventNames.EnterAgent, EventKey, null);
}
