namespace RoomBot.Core.Conversation.Stores;

/// <summary>The cards the bot sent (persisted by the host).</summary>
public interface ICardStore
{
    Task SaveAsync(CardRecord card, CancellationToken ct);

    Task<CardRecord?> FindAsync(string taskId, CancellationToken ct);

    /// <summary>
    /// Moves an open card to <paramref name="state"/> atomically; false when it was not open any more. This is what
    /// makes a button act once, even for two distinct clicks or two instances.
    /// </summary>
    Task<bool> TryCloseAsync(string taskId, CardState state, CancellationToken ct);

    /// <summary>Opens a card again after its action failed, so the user can retry.</summary>
    Task ReopenAsync(string taskId, CancellationToken ct);

    /// <summary>Records the response_code of a card that message/send delivered.</summary>
    Task MarkSentAsync(string taskId, string? responseCode, CancellationToken ct);

    /// <summary>The open booking cards of a booking (to close them when it is cancelled elsewhere).</summary>
    Task<IReadOnlyList<CardRecord>> FindOpenByBookingAsync(string bookingId, CancellationToken ct);

    /// <summary>
    /// Points a booking card at <paramref name="bookingId"/> and its times: WeCom re-booked the card's schedule after the
    /// user re-timed it in the client (doc 95333), so the card's Cancel must now cancel the new booking.
    /// </summary>
    Task RelinkAsync(string taskId, string bookingId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct);

    /// <summary>The open booking cards of a room whose meeting has not ended by <paramref name="now"/>.</summary>
    Task<IReadOnlyList<CardRecord>> FindOpenByRoomAsync(int meetingRoomId, DateTimeOffset now, CancellationToken ct);

    /// <summary>The user's newest choice card that is still open and was sent after <paramref name="since"/>.</summary>
    Task<CardRecord?> LatestOpenChoiceAsync(string userId, DateTimeOffset since, CancellationToken ct);

    /// <summary>The rooms of the user's latest bookings through the bot, newest first.</summary>
    Task<IReadOnlyList<int>> RecentRoomsAsync(string booker, int take, CancellationToken ct);
}
