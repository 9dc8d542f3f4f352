namespace RoomBot.Core.Replies;

/// <summary>
/// The only place that builds template cards (the <c>TemplateCard</c> contract is the only place that knows their
/// JSON). Split by feature into partial files: bookings, choices, reminders.
/// </summary>
public static partial class CardFactory
{
}
