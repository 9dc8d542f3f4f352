namespace RoomBot.WeCom.Callback;

/// <summary>A text message (doc 96467).</summary>
public sealed record TextMessage(string Content, long MsgId) : InboundMessage
{
    public override string DedupKey => MessageKey(MsgId);
}
