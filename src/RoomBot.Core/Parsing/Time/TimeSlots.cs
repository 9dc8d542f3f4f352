namespace RoomBot.Core.Parsing.Time;

/// <summary>
/// The time words of a message, before the conventions turn them into instants: the day said (if any), the clock
/// times, a duration, a start relative to now, a day part without an hour ("tomorrow afternoon"), a repeat's last day.
/// Kept apart so a clarification answer ("3pm", "明天") can fill in just the missing piece.
/// </summary>
internal sealed record TimeSlots
{
    public static TimeSlots Empty { get; } = new();

    public DateOnly? Day { get; init; }
    public TimeOnly? StartTime { get; init; }
    public TimeOnly? EndTime { get; init; }
    public DateOnly? EndDay { get; init; }
    public TimeSpan? Duration { get; init; }
    /// <summary>Offset from the reference instant (<c>now</c> = zero, <c>in 30 minutes</c>).</summary>
    public TimeSpan? RelativeStart { get; init; }
    /// <summary>A day part was said without an hour ("tonight", "明天下午").</summary>
    public bool DayPartOnly { get; init; }
    public DateOnly? Until { get; init; }
    /// <summary>A day or hour that cannot exist was written ("feb 30", "25:00").</summary>
    public bool Impossible { get; init; }
    /// <summary>Two times were offered as alternatives ("tomorrow or friday"); the user must pick.</summary>
    public bool Alternatives { get; init; }

    public bool IsEmpty => this == Empty;
}
