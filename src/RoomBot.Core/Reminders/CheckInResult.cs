namespace RoomBot.Core.Reminders;

public enum CheckInResult
{
    CheckedIn,
    AlreadyCheckedIn,
    /// <summary>The room was released before the click.</summary>
    Released,
    /// <summary>Unknown or cancelled booking.</summary>
    Unknown,
}
