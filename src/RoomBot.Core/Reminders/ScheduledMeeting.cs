using RoomBot.Core.Parsing;

namespace RoomBot.Core.Reminders;

/// <summary>
/// A booking the bot made, with everything its reminder needs later (the bot does not ask WeCom again at send time).
/// <see cref="ReminderGroup"/> is the name of a configured or registered webhook group ("remind design"), if any.
/// </summary>
public sealed record ScheduledMeeting(
    string BookingId,
    int MeetingRoomId,
    string RoomName,
    string RoomLocation,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Booker,
    IReadOnlyList<string> Attendees,
    string? Subject,
    string? ReminderGroup,
    Language Language);
