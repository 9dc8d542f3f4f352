using System.Xml.Linq;
using static RoomBot.WeCom.Callback.WeComXml;

namespace RoomBot.WeCom.Callback;

/// <summary>Maps the decrypted plaintext XML of a callback to an <see cref="InboundMessage"/>.</summary>
public static class InboundMessageParser
{
    /// <exception cref="FormatException">Not an <c>&lt;xml&gt;</c> document, no MsgType, or a known kind missing its fields.</exception>
    public static InboundMessage Parse(string plainXml)
    {
        var root = ParseRoot(plainXml);
        var msgType = Optional(root, "MsgType");
        if (string.IsNullOrEmpty(msgType))
            throw new FormatException("<MsgType> is missing.");

        var @event = msgType == InboundEventNames.EventType ? Optional(root, "Event") : null;
        InboundMessage message = (msgType, @event) switch
        {
            (InboundEventNames.TextType, _) => new TextMessage(
                Optional(root, "Content") ?? "",
                OptionalLong(root, "MsgId") ?? throw new FormatException("<MsgId> is missing.")),
            (_, InboundEventNames.EnterAgent) => new EnterAgentEvent(Optional(root, "EventKey") ?? ""),
            (_, InboundEventNames.TemplateCardEvent) => new TemplateCardEvent(
                Optional(root, "EventKey") ?? "",
                Optional(root, "TaskId") ?? "",
                Optional(root, "CardType") ?? "",
                Optional(root, "ResponseCode") ?? "",
                ReadSelectedItems(root)),
            (_, InboundEventNames.TemplateCardMenuEvent) => new TemplateCardMenuEvent(
                Optional(root, "EventKey") ?? "",
                Optional(root, "TaskId") ?? "",
                Optional(root, "CardType") ?? "",
                Optional(root, "ResponseCode") ?? ""),
            (_, InboundEventNames.BookMeetingRoom or InboundEventNames.CancelMeetingRoom) => new MeetingRoomEvent(
                @event,
                ToInt(OptionalLong(root, "MeetingRoomId")),
                Trimmed(root, "BookingId"),
                Trimmed(root, "MeetingId")),
            _ => new UnknownMessage(@event)
            {
                MsgId = OptionalLong(root, "MsgId"),
                EventKey = Optional(root, "EventKey"),
            },
        };

        return message with
        {
            ToUserName = Optional(root, "ToUserName") ?? "",
            FromUserName = Optional(root, "FromUserName") ?? "",
            CreateTime = OptionalLong(root, "CreateTime") ?? 0,
            MsgType = msgType,
            AgentId = Optional(root, "AgentID"),
        };
    }

    private static List<SelectedItem> ReadSelectedItems(XElement root) =>
        root.Element("SelectedItems")?.Elements("SelectedItem")
            .Select(item => new SelectedItem(
                Optional(item, "QuestionKey") ?? "",
                // 90240 spells it OptionIds/OptionId; some SDKs document OpitonIds/OpitonId: accept both.
                (item.Element("OptionIds") ?? item.Element("OpitonIds"))?.Elements()
                    .Where(e => e.Name.LocalName is "OptionId" or "OpitonId")
                    .Select(e => e.Value)
                    .ToList() ?? []))
            .ToList() ?? [];

    // 95333's own sample has a trailing space inside the BookingId CDATA: ids never contain spaces, so trim.
    private static string? Trimmed(XElement root, string name) =>
        Optional(root, name)?.Trim() is { Length: > 0 } value ? value : null;

    private static int? ToInt(long? value) => value switch
    {
        null => null,
        >= int.MinValue and <= int.MaxValue => (int)value.Value,
        _ => throw new FormatException("<MeetingRoomId> is out of range."),
    };
}
