namespace RoomBot.WeCom.Callback;

/// <summary>
/// A room was booked or cancelled (doc 95333), also from the WeCom client or by editing the linked schedule:
/// the bot uses it to keep its own state in sync.
/// </summary>
/// <param name="Event"><c>book_meeting_room</c> or <c>cancel_meeting_room</c>.</param>
public sealed record MeetingRoomEvent(string Event, int? MeetingRoomId, string? MeetingId) : InboundMessage
{
    public bool IsCancellation => Event == InboundEventNames.CancelMeetingRoom;

    public override string DedupKey => EventKeyOf(Event, MeetingRoomId?.ToString(System.Globalization.CultureInfo.InvariantCulture), MeetingId);
}
