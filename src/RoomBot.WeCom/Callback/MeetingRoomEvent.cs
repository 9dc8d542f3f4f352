namespace RoomBot.WeCom.Callback;

/// <summary>
/// A room was booked or cancelled (doc 95333), also from the WeCom client or by editing the linked schedule:
/// the bot uses it to keep its own state in sync.
/// </summary>
/// <param name="Event"><c>book_meeting_room</c> or <c>cancel_meeting_room</c>.</param>
/// <param name="MeetingRoomId">The room.</param>
/// <param name="BookingId">The booking that was made or cancelled (95333 <c>BookingId</c>), trimmed.</param>
/// <param name="MeetingId">A <c>MeetingId</c> element, read when present: an older protocol note named the id so.</param>
public sealed record MeetingRoomEvent(string Event, int? MeetingRoomId, string? BookingId, string? MeetingId = null) : InboundMessage
{
    public bool IsCancellation => Event == InboundEventNames.CancelMeetingRoom;

    /// <summary>The booking's id: <see cref="BookingId"/>, else the legacy <see cref="MeetingId"/>.</summary>
    public string? EffectiveBookingId => BookingId is { Length: > 0 } ? BookingId : MeetingId is { Length: > 0 } ? MeetingId : null;

    // 95333 events carry no EventKey/TaskId: the room and booking ids take those places, so two rooms booked by one
    // user in the same second stay distinct.
    public override string DedupKey => EventKeyOf(Event, MeetingRoomId?.ToString(System.Globalization.CultureInfo.InvariantCulture), EffectiveBookingId);
}
