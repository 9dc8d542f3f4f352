using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Booking;

/// <summary>A booking WeCom accepted, with the times it actually booked (after its 30-minute rounding).</summary>
public sealed record BookedMeeting(
    string BookingId,
    MeetingRoom Room,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Booker,
    IReadOnlyList<string> Attendees,
    string Subject)
{
    public bool IsSeries { get; init; }

    /// <summary>Days of a series WeCom could not book (<c>conflict_date</c>).</summary>
    public IReadOnlyList<DateOnly> ConflictDates { get; init; } = [];

    public bool Online { get; init; }
}
