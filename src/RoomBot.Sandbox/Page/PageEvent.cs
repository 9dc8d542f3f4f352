using RoomBot.Sandbox.Feed;

namespace RoomBot.Sandbox.Page;

/// <summary>A feed event as the page receives it over SSE (the kind as its name, so the script can switch on it).</summary>
public sealed record PageEvent(string Kind, string? UserId, string? ChatId, long? MessageId, int? MeetingRoomId, string? BookingId)
{
    /// <summary>Sent first, so the browser sees the stream open before anything happens.</summary>
    public static readonly PageEvent Connected = new("Connected", null, null, null, null, null);

    public static PageEvent From(SandboxEvent e) =>
        new(e.Kind.ToString(), e.UserId, e.ChatId, e.MessageId, e.MeetingRoomId, e.BookingId);
}
