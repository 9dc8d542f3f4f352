namespace RoomBot.Core.Reminders;

/// <summary>A stored booking with what happened to it since.</summary>
public sealed record ReminderMeeting(ScheduledMeeting Meeting)
{
    public string? CheckedInBy { get; init; }

    public DateTimeOffset? ReleasedAt { get; init; }

    /// <summary>Who pressed Release; null when the bot released a no-show.</summary>
    public string? ReleasedBy { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }
}
