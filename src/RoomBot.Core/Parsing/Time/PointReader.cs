namespace RoomBot.Core.Parsing.Time;

/// <summary>Reads a point entity (a date, a time, a date-time, a repeat's pattern) into <see cref="TimeSlots"/>.</summary>
internal static class PointReader
{
    public static TimeSlots Add(TimeSlots slots, List<IReadOnlyDictionary<string, string>> values, DateTime localNow)
    {
        var timex = values[0].GetValueOrDefault("timex");
        if (timex == "PRESENT_REF")
        {
            return slots.RelativeStart is null ? slots with { RelativeStart = TimeSpan.Zero } : slots;
        }

        var points = values.Select(v => Timex.Parse(v.GetValueOrDefault("timex"))).OfType<Timex>().ToList();
        if (points.Count == 0)
        {
            return slots;
        }

        var point = PickMeridiem(points);
        if (point.DayPart)
        {
            return TimeSlotExtractor.WithDay(slots, point, localNow) with { DayPartOnly = slots.StartTime is null };
        }

        slots = TimeSlotExtractor.WithDay(slots, point, localNow);
        if (point.Time is not { } time)
        {
            return slots;
        }

        if (slots.StartTime is null)
        {
            return slots with { StartTime = time, DayPartOnly = false };
        }

        return slots.EndTime is null && time > slots.StartTime ? slots with { EndTime = time } : slots;
    }

    private static Timex PickMeridiem(List<Timex> points)
    {
        var times = points.Where(p => p.Time is not null).Select(p => p.Time!.Value).Distinct().ToList();
        if (times.Count == 2 && BareHourRule.AreTwins(times[0], times[1]))
        {
            var wanted = BareHourRule.Choose(times.Min());
            return points.First(p => p.Time == wanted);
        }

        return points[0];
    }
}
