using RoomBot.Core.Parsing.Entities;
using RoomBot.Core.Parsing.Time;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Parsing;

/// <summary>
/// The clarification round trip: the answer's pieces replace or complete the pending request's ("3pm" fills the
/// hour of "tomorrow", "明天" moves a passed time, "room 2" names the room), then the request is rebuilt so the
/// question is asked again only if something is still missing.
/// </summary>
internal static class AnswerMerger
{
    public static ParsedRequest Merge(ParsedRequest pending, MessageAnalysis answer, ParseContext context, TimeSpan defaultDuration)
    {
        var merged = new MessageAnalysis(
            pending.Intent,
            pending.Language,
            answer.Room.Mentioned ? answer.Room : PendingRoom(pending, context.Rooms),
            MergeSlots(pending, answer.Slots, context.TimeZone),
            [.. pending.Attendees.Concat(answer.Attendees).Distinct(StringComparer.OrdinalIgnoreCase)],
            answer.Subject ?? pending.Subject,
            answer.Capacity ?? pending.Capacity,
            new LocationFilter(
                answer.Location.City ?? pending.City,
                answer.Location.Building ?? pending.Building,
                answer.Location.Floor ?? pending.Floor),
            answer.Equipment.Count > 0 ? answer.Equipment : pending.Equipment,
            answer.Recurrence ?? (pending.Recurrence is { } r ? new RecurrenceMatch(r.Frequency, r.Interval) : null),
            answer.OnlineMeeting || pending.OnlineMeeting,
            answer.ReminderGroup ?? pending.ReminderGroup);
        return RequestBuilder.Build(merged, context, defaultDuration);
    }

    private static RoomMatch PendingRoom(ParsedRequest pending, IReadOnlyList<MeetingRoom> rooms)
    {
        if (pending.MeetingRoomId is { } id)
        {
            var room = rooms.FirstOrDefault(r => r.MeetingRoomId == id) ?? new MeetingRoom { MeetingRoomId = id };
            return new RoomMatch(room, null, []);
        }

        return pending.UnresolvedRoom is { } written ? new RoomMatch(null, written, []) : RoomMatch.None;
    }

    private static TimeSlots MergeSlots(ParsedRequest pending, TimeSlots answer, TimeZoneInfo zone)
    {
        var start = pending.Start is { } s ? TimeZoneInfo.ConvertTime(s, zone) : (DateTimeOffset?)null;
        var until = pending.Recurrence?.Until is { } u ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(u, zone).DateTime) : (DateOnly?)null;
        var known = new TimeSlots
        {
            Day = pending.Date ?? (start is { } d ? DateOnly.FromDateTime(d.DateTime) : null),
            StartTime = start is { } t ? TimeOnly.FromDateTime(t.DateTime) : null,
            Duration = pending.Duration,
            Until = answer.Until ?? until,
        };
        var endWasWrong = pending.Start is not null && pending.End is { } end && end <= pending.Start;

        if (answer.RelativeStart is not null)
        {
            return known with
            {
                Day = null, StartTime = null, RelativeStart = answer.RelativeStart,
                EndTime = answer.EndTime, Duration = answer.Duration ?? known.Duration,
            };
        }

        if (endWasWrong && answer.StartTime is { } newEnd && answer.EndTime is null && answer.Day is null)
        {
            // The question was "when should it end?": a single time is the end.
            return known with { EndTime = newEnd, Duration = null };
        }

        if (answer.StartTime is not null)
        {
            return known with
            {
                Day = answer.Day ?? known.Day,
                StartTime = answer.StartTime,
                EndTime = answer.EndTime,
                EndDay = answer.EndDay,
                Duration = answer.EndTime is null ? answer.Duration ?? (endWasWrong ? null : known.Duration) : null,
            };
        }

        if (answer.EndTime is not null)
        {
            return known with { EndTime = answer.EndTime, Duration = null };
        }

        if (answer.Day is not null)
        {
            return known with { Day = answer.Day, Duration = answer.Duration ?? known.Duration };
        }

        return answer.Duration is not null ? known with { Duration = answer.Duration } : known;
    }
}
