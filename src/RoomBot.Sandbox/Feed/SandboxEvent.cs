namespace RoomBot.Sandbox.Feed;

public sealed record SandboxEvent(SandboxEventKind Kind, string? UserId = null, string? ChatId = null, long? MessageId = null,
    int? MeetingRoomId = null, string? BookingId = null, string? MeetingId = null);

public enum SandboxEventKind
{
    /// <summary>A 1:1 message was added (UserId, MessageId).</summary>
    ChatMessage,
    /// <summary>A card was updated or clicked (UserId, MessageId).</summary>
    CardUpdated,
    /// <summary>Something was posted to a group (ChatId = the group id, MessageId).</summary>
    GroupMessage,
    /// <summary>Bookings or rooms changed (MeetingRoomId and BookingId when one booking is concerned).</summary>
    BookingsChanged,
    /// <summary>A person booked in the WeCom client: WeCom fires book_meeting_room (doc 95333).</summary>
    BookedInClient,
    /// <summary>A person cancelled in the WeCom client: WeCom fires cancel_meeting_room (doc 95333).</summary>
    CancelledInClient,
}
