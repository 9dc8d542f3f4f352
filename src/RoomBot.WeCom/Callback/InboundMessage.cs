using System.Globalization;

namespace RoomBot.WeCom.Callback;

/// <summary>A decrypted callback message or event (doc 90239). Fields common to every kind.</summary>
public abstract record InboundMessage
{
    public string ToUserName { get; init; } = "";
    /// <summary>The sender's userid.</summary>
    public string FromUserName { get; init; } = "";
    /// <summary>Unix seconds.</summary>
    public long CreateTime { get; init; }
    public string MsgType { get; init; } = "";
    public string? AgentId { get; init; }

    /// <summary>
    /// Identifies one message across WeCom's redeliveries (up to 4, doc 90238): the MsgId for messages; for events
    /// FromUserName + CreateTime, plus Event/EventKey/TaskId so two different clicks in the same second stay distinct.
    /// </summary>
    public abstract string DedupKey { get; }

    protected static string MessageKey(long msgId) => "msg:" + msgId.ToString(CultureInfo.InvariantCulture);

    protected string EventKeyOf(string? @event, string? eventKey, string? taskId) =>
        string.Join('|', "evt:" + FromUserName, CreateTime.ToString(CultureInfo.InvariantCulture), @event, eventKey, taskId);
}
