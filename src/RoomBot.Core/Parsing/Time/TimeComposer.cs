namespace RoomBot.Core.Parsing.Time;

/// <summary>
/// Applies the time conventions of docs/parsing.md to <see cref="TimeSlots"/>: a time with no day that already
/// passed today means tomorrow; the end is the explicit end, else start + the said duration, else (bookings only)
/// start + the default duration; an end not after the start is a problem, never guessed away.
/// </summary>
internal static class TimeComposer
{
    public static ResolvedTime Compose(TimeSlots slots, DateTimeOffset now, TimeZoneInfo zone, TimeSpan? defaultDuration)
    {
        if (slots.Impossible || slots.Alternatives)
        {
            return ResolvedTime.None with { Problem = slots.Impossible ? TimeProblem.Impossible : TimeProblem.Alternatives };
        }

        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(localNow.DateTime);
        DateTimeOffset start;
        if (slots.RelativeStart is { } offset)
        {
            start = localNow + offset;
        }
        else if (slots.StartTime is { } startTime)
        {
            var day = slots.Day ?? today;
            start = At(day, startTime, zone);
            if (slots.Day is null && start < localNow)
            {
                start = At(today.AddDays(1), startTime, zone);
            }
        }
        else if (slots.EndTime is { } onlyEnd)
        {
            // "until 5pm" with no start: keep the end so the question can ask for the start only.
            var endOnly = At(slots.EndDay ?? slots.Day ?? today, onlyEnd, zone);
            return new ResolvedTime(null, endOnly, slots.Day, TimeProblem.None);
        }
        else
        {
            return slots.Day is { } dayOnly ? new ResolvedTime(null, null, dayOnly, TimeProblem.None) : ResolvedTime.None;
        }

        var end = EndOf(slots, start, zone, defaultDuration);
        var problem = end is { } e && e <= start ? TimeProblem.EndNotAfterStart
            : end is { } longEnd && longEnd - start >= TimeSpan.FromDays(1) ? TimeProblem.TooLong
            : start < localNow.AddMinutes(-1) && slots.RelativeStart is null ? TimeProblem.InThePast
            : TimeProblem.None;
        return new ResolvedTime(start, end, DateOnly.FromDateTime(start.DateTime), problem);
    }

    private static DateTimeOffset? EndOf(TimeSlots slots, DateTimeOffset start, TimeZoneInfo zone, TimeSpan? defaultDuration)
    {
        if (slots.EndTime is { } endTime)
        {
            var endDay = slots.EndDay ?? DateOnly.FromDateTime(start.DateTime);
            var end = At(endDay, endTime, zone);
            // "10pm to midnight": an end at 00:00 is the end of the start's day.
            return end <= start && endTime == TimeOnly.MinValue && slots.EndDay is null ? At(endDay.AddDays(1), endTime, zone) : end;
        }

        if (slots.Duration is { } duration)
        {
            return start + duration;
        }

        return defaultDuration is { } d ? start + d : null;
    }

    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
