namespace RoomBot.Core.Conversation.Stores;

/// <summary>What a card the bot sent is for; decides what its buttons do.</summary>
public enum CardKind
{
    /// <summary>A booking confirmation with its Cancel button.</summary>
    Booking,
    /// <summary>Other rooms/times offered after a refusal; a click books one.</summary>
    Alternatives,
    /// <summary>Several bookings matched a text cancel; a click picks one.</summary>
    CancelChoice,
    /// <summary>A series matched: this date or the whole series.</summary>
    SeriesChoice,
}
