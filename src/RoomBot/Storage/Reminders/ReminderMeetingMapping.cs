using System.Text.Json;
using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;

namespace RoomBot.Storage.Reminders;

/// <summary>Rows ↔ core records; instants as Unix milliseconds.</summary>
internal static class ReminderMeetingMapping
{
    public static void CopyMeeting(ScheduledMeeting m, ReminderMeetingRow row)
    {
        row.BookingId = m.BookingId;
        row.MeetingRoomId = m.MeetingRoomId;
        row.RoomName = m.RoomName;
        row.RoomLocation = m.RoomLocation;
        row.StartMs = m.Start.ToUnixTimeMilliseconds();
        row.EndMs = m.End.ToUnixTimeMilliseconds();
        row.Booker = m.Booker;
        row.Attendees = JsonSerializer.Serialize(m.Attendees);
        row.Subject = m.Subject;
        row.ReminderGroup = m.ReminderGroup;
        row.Language = (int)m.Language;
    }

    public static ReminderMeeting ToMeeting(ReminderMeetingRow row) =>
        new(new ScheduledMeeting(row.BookingId, row.MeetingRoomId, row.RoomName, row.RoomLocation,
            FromMs(row.StartMs), FromMs(row.EndMs), row.Booker,
            JsonSerializer.Deserialize<List<string>>(row.Attendees) ?? [], row.Subject, row.ReminderGroup,
            (Language)row.Language))
        {
            CheckedInBy = row.CheckedInBy,
            ReleasedAt = row.ReleasedAtMs is { } released ? FromMs(released) : null,
            ReleasedBy = row.ReleasedBy,
            CancelledAt = row.CancelledAtMs is { } cancelled ? FromMs(cancelled) : null,
        };

    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
