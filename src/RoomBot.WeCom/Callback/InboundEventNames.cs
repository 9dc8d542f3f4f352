namespace RoomBot.WeCom.Callback;

/// <summary>The <c>MsgType</c> and <c>Event</c> values RoomBot understands.</summary>
public static class InboundEventNames
{
    public const string TextType = "text";
    public const string EventType = "event";

    /// <summary>doc 96468.</summary>
    public const string EnterAgent = "enter_agent";
    /// <summary>doc 90240.</summary>
    public const string TemplateCardEvent = "template_card_event";
    public const string TemplateCardMenuEvent = "template_card_menu_event";
    /// <summary>doc 95333.</summary>
    public const string BookMeetingRoom = "book_meeting_room";
    public const string CancelMeetingRoom = "cancel_meeting_room";
}
