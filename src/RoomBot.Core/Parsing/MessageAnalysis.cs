using RoomBot.Core.Parsing.Entities;
using RoomBot.Core.Parsing.Time;

namespace RoomBot.Core.Parsing;

/// <summary>Everything read from one message, before the conventions turn it into a <see cref="ParsedRequest"/>.</summary>
internal sealed record MessageAnalysis(
    Intent Intent,
    Language Language,
    RoomMatch Room,
    TimeSlots Slots,
    IReadOnlyList<string> Attendees,
    string? Subject,
    int? Capacity,
    LocationFilter Location,
    IReadOnlyList<int> Equipment,
    RecurrenceMatch? Recurrence,
    bool OnlineMeeting,
    string? ReminderGroup);
