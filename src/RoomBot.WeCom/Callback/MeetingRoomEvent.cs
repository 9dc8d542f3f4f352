namespace RoomBot.WeCom.Callback;

/// <summary>
/// A room was booked or cancelled (doc 95333), also from the WeCom client or by editing the linked schedule:
/// the bot uses it to keep its own state in sync.
/// </summary>
/// <param name="Event"><c>book_meeting_room</c> or <c>cancel_meeting_room</c>.</param>
public sealed record MeetingRoomEvent(string Event, int? MeetingRoomId, string? MeetingId) : InboundMessage
{
    public bool IsCancellation => Event == InboundEventNames.CancelMeetingRoom;

    // 95333 events carry no EventKey/TaskId: the room and meeting ids take those places, so two rooms booked by one
    // user in the same second stay distinct.
    public override string DedupKey => EventKeyOf(Event, MeetingRoomId?.ToString(System.Globalization.CultureInfo.InvariantCulture), MeetingId);
}
