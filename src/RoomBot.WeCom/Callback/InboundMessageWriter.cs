namespace RoomBot.WeCom.Callback;

/// <summary>
/// Writes the plaintext XML WeCom would send for a message, in WeCom's element order (the sandbox uses it to
/// play WeCom). The inverse of <see cref="InboundMessageParser"/>.
/// </summary>
public static class InboundMessageWriter
{
    public static string Write(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var xml = Header(message);
        switch (message)
        {
            case TextMessage text:
                xml.Text("Content", text.Content).Number("MsgId", text.MsgId).NumberOrText("AgentID", text.AgentId);
                break;
            case EnterAgentEvent enter:
                xml.Text("Event", InboundEventNames.EnterAgent).Text("EventKey", enter.EventKey ?? "").NumberOrText("AgentID", enter.AgentId);
                break;
            case TemplateCardEvent click:
                xml.Text("Event", InboundEventNames.TemplateCardEvent);
                WriteCardFields(xml, click.EventKey, click.TaskId, click.CardType, click.ResponseCode);
                xml.NumberOrText("AgentID", click.AgentId);
                WriteSelectedItems(xml, click.SelectedItems);
                break;
            case TemplateCardMenuEvent menu:
                xml.Text("Event", InboundEventNames.TemplateCardMenuEvent);
                WriteCardFields(xml, menu.EventKey, menu.TaskId, menu.CardType, menu.ResponseCode);
                xml.NumberOrText("AgentID", menu.AgentId);
                break;
            case MeetingRoomEvent room:
                WriteMeetingRoomFields(xml, room);
                break;
            case UnknownMessage other:
                xml.Text("Event", other.Event).Text("EventKey", other.EventKey).Number("MsgId", other.MsgId).NumberOrText("AgentID", other.AgentId);
                break;
            default:
                throw new ArgumentException("Unsupported message type " + message.GetType().Name + ".", nameof(message));
        }
        return xml.ToString();
    }

    /// <summary>Shorthand for a text message from <paramref name="fromUser"/> to the corp.</summary>
    public static string WriteText(string corpId, string fromUser, long createTime, string content, long msgId, string agentId) =>
        Write(new TextMessage(content, msgId)
        {
            ToUserName = corpId,
            FromUserName = fromUser,
            CreateTime = createTime,
            MsgType = InboundEventNames.TextType,
            AgentId = agentId,
        });

    private static WeComXmlWriter Header(InboundMessage message) =>
        new WeComXmlWriter()
            .Text("ToUserName", message.ToUserName)
            .Text("FromUserName", message.FromUserName)
            .Number("CreateTime", message.CreateTime)
            .Text("MsgType", message.MsgType);

    // 95333's samples: book_meeting_room sends MeetingRoomId then BookingId, cancel_meeting_room the reverse; neither
    // carries AgentID.
    private static void WriteMeetingRoomFields(WeComXmlWriter xml, MeetingRoomEvent room)
    {
        xml.Text("Event", room.Event);
        if (room.IsCancellation)
            xml.Text("BookingId", room.EffectiveBookingId).Number("MeetingRoomId", room.MeetingRoomId);
        else
            xml.Number("MeetingRoomId", room.MeetingRoomId).Text("BookingId", room.EffectiveBookingId);
    }

    private static void WriteCardFields(WeComXmlWriter xml, string eventKey, string taskId, string cardType, string responseCode) =>
        xml.Text("EventKey", eventKey).Text("TaskId", taskId).Text("CardType", cardType).Text("ResponseCode", responseCode);

    private static void WriteSelectedItems(WeComXmlWriter xml, IReadOnlyList<SelectedItem> items)
    {
        // WeCom sends the element even when nothing was selected (an ordinary button click).
        xml.Open("SelectedItems");
        foreach (var item in items)
        {
            xml.Open("SelectedItem").Text("QuestionKey", item.QuestionKey).Open("OptionIds");
            foreach (var option in item.OptionIds)
                xml.Text("OptionId", option);
            xml.Close().Close();
        }
        xml.Close();
    }
}
