namespace RoomBot.Core.Reminders;

/// <summary>
/// One message (or the release check) of a booking. Each channel is its own job so a failed send is retried alone and
/// the others are never sent twice.
/// </summary>
public enum ReminderJobKind
{
    /// <summary>Text to the app group chat of booker + attendees (appchat/create on demand, appchat/send).</summary>
    AppChatReminder = 0,
    /// <summary>Text to the named group robot (webhook/send) mentioning the attendees.</summary>
    WebhookReminder = 1,
    /// <summary>The booker's 1:1 button_interaction card with Check in / Release.</summary>
    BookerCard = 2,
    /// <summary>At start + AutoReleaseMinutes: cancel_book when nobody checked in.</summary>
    AutoRelease = 3,
    /// <summary>"The room is free again" to the app group chat.</summary>
    AppChatReleased = 4,
    /// <summary>"The room is free again" to the named group robot.</summary>
    WebhookReleased = 5,
    /// <summary>"Your booking was released" to the booker 1:1 (auto-release only).</summary>
    BookerReleased = 6,
}
