namespace RoomBot.Core.Reminders;

/// <summary>The button keys of the reminder card; they come back as the click's EventKey (doc 90236: key ≤ 1024 bytes).</summary>
public static class ReminderActionKeys
{
    public const string CheckInPrefix = "checkin:";
    public const string ReleasePrefix = "release:";

    public static string CheckIn(string bookingId) => CheckInPrefix + bookingId;

    public static string Release(string bookingId) => ReleasePrefix + bookingId;

    /// <summary>True for a reminder key; <paramref name="isRelease"/> tells which button.</summary>
    public static bool TryParse(string? key, out bool isRelease, out string bookingId)
    {
        isRelease = false;
        bookingId = "";
        if (key is null)
        {
            return false;
        }

        if (key.StartsWith(CheckInPrefix, StringComparison.Ordinal))
        {
            bookingId = key[CheckInPrefix.Length..];
        }
        else if (key.StartsWith(ReleasePrefix, StringComparison.Ordinal))
        {
            isRelease = true;
            bookingId = key[ReleasePrefix.Length..];
        }

        return bookingId.Length > 0;
    }

    /// <summary>task_id must be unique per app, ≤ 128 bytes of 0-9a-zA-Z_-@ (doc 90236): the job id is unique, the
    /// start time keeps it unique even if the database is ever recreated.</summary>
    public static string CardTaskId(long jobId, DateTimeOffset start) =>
        FormattableString.Invariant($"rb-remind-{jobId}-{start.ToUnixTimeSeconds()}");
}
