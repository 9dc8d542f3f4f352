namespace RoomBot.Core.Parsing.Entities;

/// <summary>
/// A repeat said in the message; the first occurrence comes from the time words left after masking it.
/// <see cref="NextWeek"/>: the repeat covers next week only ("every day next week", "下周一到周五每天"), Monday to Friday.
/// </summary>
internal sealed record RecurrenceMatch(RecurrenceFrequency Frequency, int Interval, bool NextWeek = false);
