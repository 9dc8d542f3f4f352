namespace RoomBot.Sandbox.Booking;

/// <summary>One occurrence of a schedule: its window and the corp-local day it falls on.</summary>
public readonly record struct Occurrence(DateOnly Day, long StartTime, long EndTime);
