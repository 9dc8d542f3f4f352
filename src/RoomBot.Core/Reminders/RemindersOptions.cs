namespace RoomBot.Core.Reminders;

/// <summary>The <c>Reminders</c> configuration section (validated at start-up by the host).</summary>
public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>How many minutes before the start the people of a meeting are reminded.</summary>
    public int LeadMinutes { get; set; } = 10;

    /// <summary>Minutes after the start without a check-in before the room is released; null keeps every booking.</summary>
    public int? AutoReleaseMinutes { get; set; }

    /// <summary>Group robots by name → webhook key. The key is the robot's credential: never logged.</summary>
    public Dictionary<string, string> Webhooks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Longest wait between two looks at the store, so jobs stored by another instance are found.</summary>
    public int PollSeconds { get; set; } = 5;
}
