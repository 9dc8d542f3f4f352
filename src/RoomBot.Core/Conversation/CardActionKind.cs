namespace RoomBot.Core.Conversation;

public enum CardActionKind
{
    /// <summary>Cancel the booking a booking card shows.</summary>
    Cancel,
    /// <summary>Book an offered room and time.</summary>
    Book,
    /// <summary>Pick one of several bookings to cancel.</summary>
    Pick,
    /// <summary>Cancel one day of a series.</summary>
    CancelDate,
    /// <summary>Cancel the whole series.</summary>
    CancelSeries,
}
