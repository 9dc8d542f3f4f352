using RoomBot.Core.Parsing.Entities;
using RoomBot.Core.Parsing.Intents;
using RoomBot.Core.Parsing.Time;

namespace RoomBot.Core.Parsing;

/// <summary>Turns a <see cref="MessageAnalysis"/> into the <see cref="ParsedRequest"/> the bot acts on, applying the conventions.</summary>
internal static class RequestBuilder
{
    public static ParsedRequest Build(MessageAnalysis a, ParseContext context, TimeSpan defaultDuration)
    {
        var time = FirstWorkday(
            TimeComposer.Compose(a.Slots, context.Now, context.TimeZone, a.Intent == Intent.Book ? defaultDuration : null),
            a.Recurrence);
        var until = a.Slots.Until;
        if (a.Recurrence is { NextWeek: true })
        {
            var monday = NextMonday(context);
            time = MoveTo(time, monday, context.TimeZone);
            until ??= monday.AddDays(4);
        }

        var recurrence = a.Recurrence is null
            ? null
            : new Recurrence(a.Recurrence.Frequency, a.Recurrence.Interval, EndOfDay(until, context.TimeZone));
        var hasCriteria = a.Capacity is not null || a.Location.City is not null || a.Location.Building is not null
            || a.Location.Floor is not null || a.Equipment.Count > 0;
        return new ParsedRequest
        {
            Intent = a.Intent,
            Language = a.Language,
            MeetingRoomId = a.Room.Room?.MeetingRoomId,
            UnresolvedRoom = a.Room.Room is null ? a.Room.Unresolved : null,
            Start = time.Start,
            End = time.End,
            Date = time.Start is null ? time.Date : null,
            Duration = ExplicitLength(a.Slots, time),
            Attendees = a.Attendees,
            Subject = a.Subject,
            Capacity = a.Capacity,
            City = a.Location.City,
            Building = a.Location.Building,
            Floor = a.Location.Floor,
            Equipment = a.Equipment,
            Recurrence = recurrence,
            OnlineMeeting = a.OnlineMeeting,
            ReminderGroup = a.ReminderGroup,
            Clarify = ClarificationPolicy.Question(a.Intent, a.Language, a.Room, time, hasCriteria),
        };
    }

    // "every weekday at 9" said on a Friday after 9 starts on Monday, not Saturday.
    private static ResolvedTime FirstWorkday(ResolvedTime time, RecurrenceMatch? recurrence)
    {
        if (recurrence?.Frequency != RecurrenceFrequency.Workdays || time.Start is not { } start)
        {
            return time;
        }

        var shift = start.DayOfWeek switch
        {
            DayOfWeek.Saturday => 2,
            DayOfWeek.Sunday => 1,
            _ => 0,
        };
        return shift == 0
            ? time
            : time with { Start = start.AddDays(shift), End = time.End?.AddDays(shift), Date = time.Date?.AddDays(shift) };
    }

    private static DateOnly NextMonday(ParseContext context)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Now, context.TimeZone).DateTime);
        return today.AddDays(7 - (((int)today.DayOfWeek + 6) % 7));
    }

    // "every day next week at 10": the first occurrence is next Monday at the time said, whatever day the recogniser chose.
    private static ResolvedTime MoveTo(ResolvedTime time, DateOnly day, TimeZoneInfo zone)
    {
        if (time.Start is not { } start)
        {
            return time with { Date = day };
        }

        var local = TimeZoneInfo.ConvertTime(start, zone);
        var moved = TimeComposer.At(day, TimeOnly.FromDateTime(local.DateTime), zone);
        return time with { Start = moved, End = time.End is { } e ? moved + (e - start) : null, Date = day };
    }

    private static TimeSpan? ExplicitLength(TimeSlots slots, ResolvedTime time) =>
        slots.EndTime is not null && time.Start is { } s && time.End is { } e ? e - s : slots.Duration;

    private static DateTimeOffset? EndOfDay(DateOnly? day, TimeZoneInfo zone) =>
        day is { } d ? TimeComposer.At(d, new TimeOnly(23, 59, 59), zone) : null;
}
