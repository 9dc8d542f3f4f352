namespace RoomBot.Core.Parsing.Time;

/// <summary>Instants in the user's zone built from <see cref="TimeSlots"/>, or the day alone when no hour was said.</summary>
internal sealed record ResolvedTime(DateTimeOffset? Start, DateTimeOffset? End, DateOnly? Date, TimeProblem Problem)
{
    public static ResolvedTime None { get; } = new(null, null, null, TimeProblem.None);
}
