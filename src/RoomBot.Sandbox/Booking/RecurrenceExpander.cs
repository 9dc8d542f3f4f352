using RoomBot.Sandbox.Storage;

namespace RoomBot.Sandbox.Booking;

/// <summary>
/// The occurrences of a (repeating) schedule, from doc 93648's <c>reminders</c>: repeat_type 0 daily, 1 weekly,
/// 2 monthly, 5 yearly, 7 workdays; is_custom_repeat with repeat_interval and repeat_day_of_week (1 Monday .. 7 Sunday);
/// repeat_until inclusive of its day. A series without an end stops at <c>horizon</c> (the sandbox's cap).
/// </summary>
public static class RecurrenceExpander
{
    public const int MaxOccurrences = 1000;

    public static IReadOnlyList<Occurrence> Expand(SandboxSchedule s, CorpCalendar calendar, DateOnly horizon)
    {
        var firstLocal = calendar.LocalOf(s.StartTime);
        var first = DateOnly.FromDateTime(firstLocal);
        var duration = s.EndTime - s.StartTime;
        if (!s.IsRepeat)
        {
            return [new Occurrence(first, s.StartTime, s.EndTime)];
        }

        var last = s.RepeatUntil > 0 ? Min(calendar.DayOf(s.RepeatUntil), horizon) : horizon;
        var interval = s.IsCustomRepeat ? Math.Max(1, s.RepeatInterval) : 1;
        var time = TimeOnly.FromDateTime(firstLocal);
        return Days(s, first, last, interval)
            .Take(MaxOccurrences)
            .Select(day =>
            {
                var start = calendar.ToUnix(day.ToDateTime(time));
                return new Occurrence(day, start, start + duration);
            })
            .ToList();
    }

    private static IEnumerable<DateOnly> Days(SandboxSchedule s, DateOnly first, DateOnly last, int interval) => s.RepeatType switch
    {
        0 => Daily(first, last, interval),
        1 => Weekly(first, last, interval, s.IsCustomRepeat && s.RepeatDayOfWeek.Count > 0 ? s.RepeatDayOfWeek : [IsoDay(first)]),
        2 => Stepped(first, last, k => Safe(first.Year, first.Month, k * interval, first.Day, months: true)),
        5 => Stepped(first, last, k => Safe(first.Year, first.Month, k * interval, first.Day, months: false)),
        7 => Daily(first, last, 1).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)),
        _ => [first],
    };

    private static IEnumerable<DateOnly> Daily(DateOnly first, DateOnly last, int interval)
    {
        for (var d = first; d <= last; d = d.AddDays(interval))
        {
            yield return d;
        }
    }

    private static IEnumerable<DateOnly> Weekly(DateOnly first, DateOnly last, int interval, IReadOnlyList<int> isoDays)
    {
        var monday = first.AddDays(1 - IsoDay(first));
        for (var week = monday; week <= last; week = week.AddDays(7 * interval))
        {
            foreach (var isoDay in isoDays.Where(d => d is >= 1 and <= 7).Distinct().Order())
            {
                var day = week.AddDays(isoDay - 1);
                if (day >= first && day <= last)
                {
                    yield return day;
                }
            }
        }
    }

    /// <summary>Monthly and yearly series skip months without that day (the 31st, 29 February).</summary>
    private static IEnumerable<DateOnly> Stepped(DateOnly first, DateOnly last, Func<int, (DateOnly? Day, DateOnly Month)> step)
    {
        for (var k = 0; ; k++)
        {
            var (day, month) = step(k);
            if (month > last)
            {
                yield break;
            }

            if (day is { } d && d <= last)
            {
                yield return d;
            }
        }
    }

    private static (DateOnly? Day, DateOnly Month) Safe(int year, int month, int offset, int dayOfMonth, bool months)
    {
        var monthStart = months ? new DateOnly(year, month, 1).AddMonths(offset) : new DateOnly(year, month, 1).AddYears(offset);
        var day = dayOfMonth <= DateTime.DaysInMonth(monthStart.Year, monthStart.Month)
            ? new DateOnly(monthStart.Year, monthStart.Month, dayOfMonth)
            : (DateOnly?)null;
        return (day, monthStart);
    }

    private static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
