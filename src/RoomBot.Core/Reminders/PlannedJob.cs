namespace RoomBot.Core.Reminders;

/// <summary>A job to store for a booking: what to do and when.</summary>
public sealed record PlannedJob(ReminderJobKind Kind, DateTimeOffset DueAt);
