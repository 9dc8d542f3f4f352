namespace RoomBot.Core.Conversation;

/// <summary>
/// A platform-neutral message from a user, mapped from WeCom's callback XML by the host's adapter.
/// Only the members that belong to <see cref="Kind"/> are set.
/// </summary>
public sealed record IncomingMessage(IncomingKind Kind, string UserId, DateTimeOffset SentAt)
{
    /// <summary>What the user typed (<see cref="IncomingKind.Text"/>).</summary>
    public string? Text { get; init; }

    /// <summary>The clicked button's key (<see cref="IncomingKind.CardAction"/>).</summary>
    public string? ActionKey { get; init; }

    /// <summary>The clicked card's task_id.</summary>
    public string? CardTaskId { get; init; }

    /// <summary>Single-use code to update the clicked card through the API.</summary>
    public string? ResponseCode { get; init; }

    /// <summary>The room of a <see cref="IncomingKind.RoomBooked"/>/<see cref="IncomingKind.RoomCancelled"/> event.</summary>
    public int? MeetingRoomId { get; init; }

    /// <summary>The booking a room event is about (doc 95333 <c>BookingId</c>); null when WeCom sent none.</summary>
    public string? BookingId { get; init; }

    /// <summary>WeCom's message type for <see cref="IncomingKind.Other"/> (image, voice, an unknown event...).</summary>
    public string? OtherType { get; init; }
}
