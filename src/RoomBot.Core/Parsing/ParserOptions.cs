namespace RoomBot.Core.Parsing;

/// <summary>Parser settings: the booking length used when neither an end nor a duration was said.</summary>
public sealed class ParserOptions
{
    /// <summary>Bound from <c>Booking:DefaultDurationMinutes</c> (60 by default).</summary>
    public TimeSpan DefaultDuration { get; init; } = TimeSpan.FromMinutes(60);
}
