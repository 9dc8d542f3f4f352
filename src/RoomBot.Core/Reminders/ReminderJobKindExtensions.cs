namespace RoomBot.Core.Reminders;

public static class ReminderJobKindExtensions
{
    /// <summary>Reminders are only worth sending before the meeting starts; later they are dropped.</summary>
    public static bool IsReminder(this ReminderJobKind kind) =>
        kind is ReminderJobKind.AppChatReminder or ReminderJobKind.WebhookReminder or ReminderJobKind.BookerCard;

    /// <summary>The jobs a booking's time decides: replaced on reschedule, removed on cancel.</summary>
    public static bool IsPlanned(this ReminderJobKind kind) => kind.IsReminder() || kind == ReminderJobKind.AutoRelease;
}
