namespace RoomBot.Core.Parsing;

/// <summary>A repeating booking: every <see cref="Interval"/> units of <see cref="Frequency"/>, optionally until a day.</summary>
public sealed record Recurrence(RecurrenceFrequency Frequency, int Interval = 1, DateTimeOffset? Until = null);
