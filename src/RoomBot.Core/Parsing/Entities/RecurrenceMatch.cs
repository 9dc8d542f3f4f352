namespace RoomBot.Core.Parsing.Entities;

/// <summary>A repeat said in the message; the first occurrence comes from the time words left after masking it.</summary>
internal sealed record RecurrenceMatch(RecurrenceFrequency Frequency, int Interval);
