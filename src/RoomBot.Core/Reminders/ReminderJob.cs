namespace RoomBot.Core.Reminders;

/// <summary>A job claimed by one runner; <see cref="ClaimToken"/> proves the claim when it is completed or retried.</summary>
public sealed record ReminderJob(
    long Id,
    string BookingId,
    ReminderJobKind Kind,
    DateTimeOffset DueAt,
    int Attempts,
    string ClaimToken);
