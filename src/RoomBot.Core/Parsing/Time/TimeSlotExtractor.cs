using Microsoft.Recognizers.Text;

namespace RoomBot.Core.Parsing.Time;

/// <summary>
/// Turns recogniser entities into <see cref="TimeSlots"/>: picks among candidate readings with the conventions
/// (bare hours, future days) and combines separate entities (a day and a time, a start and a duration).
/// </summary>
internal static class TimeSlotExtractor
{
    public static TimeSlots Extract(IReadOnlyList<ModelResult> results, DateTime localNow)
    {
        var slots = TimeSlots.Empty;
        foreach (var result in results)
        {
            var values = Values(result);
            if (values.Count == 0)
            {
                continue;
            }

            slots = result.TypeName switch
            {
                "datetimeV2.duration" => slots.Duration is null ? slots with { Duration = Seconds(values[0]) } : slots,
                "datetimeV2.timerange" or "datetimeV2.datetimerange" => AddRange(slots, values, localNow),
                "datetimeV2.daterange" => AddDateRange(slots, values, localNow),
                "datetimeV2.date" or "datetimeV2.time" or "datetimeV2.datetime" or "datetimeV2.set" => AddPoint(slots, values, localNow),
                _ => slots,
            };
        }

        return slots;
    }

    private static List<IReadOnlyDictionary<string, string>> Values(ModelResult result)
    {
        var list = new List<IReadOnlyDictionary<string, string>>();
        if (result.Resolution is not null && result.Resolution.TryGetValue("values", out var raw) && raw is IEnumerable<Dictionary<string, string>> values)
        {
            list.AddRange(values);
        }

        return list;
    }

    private static TimeSpan? Seconds(IReadOnlyDictionary<string, string> value) =>
        value.TryGetValue("value", out var s) && double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static TimeSlots AddPoint(TimeSlots slots, List<IReadOnlyDictionary<string, string>> values, DateTime localNow)
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
            return WithDay(slots, point, localNow) with { DayPartOnly = slots.StartTime is null };
        }

        slots = WithDay(slots, point, localNow);
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

    private static TimeSlots AddRange(TimeSlots slots, List<IReadOnlyDictionary<string, string>> values, DateTime localNow)
    {
        var first = values[0];
        var mod = first.GetValueOrDefault("Mod");
        var timex = first.GetValueOrDefault("timex") ?? "";
        if (mod is not null)
        {
            // "until 5pm" (before) gives only an end, "下午3点开始" (since/after) only a start.
            var point = Timex.Parse(timex);
            if (point?.Time is not { } t)
            {
                return slots;
            }

            slots = WithDay(slots, point, localNow);
            return mod.StartsWith("before", StringComparison.Ordinal) || mod.StartsWith("until", StringComparison.Ordinal)
                ? slots with { EndTime = t }
                : slots.StartTime is null ? slots with { StartTime = t, DayPartOnly = false } : slots;
        }

        if (!timex.StartsWith('('))
        {
            // A day part ("tomorrow afternoon", "今晚", "中午").
            if (timex.EndsWith("TMI", StringComparison.Ordinal))
            {
                var noon = Timex.Parse(timex[..^3]) ?? new Timex(null, null, null, null, null, false);
                slots = WithDay(slots, noon, localNow);
                return slots.StartTime is null ? slots with { StartTime = new TimeOnly(12, 0), DayPartOnly = false } : slots;
            }

            var part = Timex.Parse(timex);
            return part is null ? slots : WithDay(slots, part, localNow) with { DayPartOnly = slots.StartTime is null };
        }

        var ranges = values
            .Select(v => SplitRange(v.GetValueOrDefault("timex")))
            .Where(r => r.Start?.Time is not null && r.End?.Time is not null)
            .ToList();
        if (ranges.Count == 0)
        {
            return slots;
        }

        var chosen = ranges[0];
        if (ranges.Count > 1 && BareHourRule.AreTwins(ranges[0].Start!.Time!.Value, ranges[1].Start!.Time!.Value))
        {
            var morning = ranges.Min(r => r.Start!.Time!.Value);
            var wanted = BareHourRule.Choose(morning);
            chosen = ranges.First(r => r.Start!.Time == wanted);
        }

        slots = WithDay(slots, chosen.Start!, localNow);
        var endDay = chosen.End!.HasDate && chosen.Start!.HasDate && !SameDay(chosen.Start, chosen.End)
            ? chosen.End.ResolveDay(DateOnly.FromDateTime(localNow), false)
            : null;
        return slots with { StartTime = chosen.Start!.Time, EndTime = chosen.End!.Time, EndDay = endDay, DayPartOnly = false };
    }

    private static TimeSlots AddDateRange(TimeSlots slots, List<IReadOnlyDictionary<string, string>> values, DateTime localNow)
    {
        var first = values[^1];
        if (first.GetValueOrDefault("Mod") is { } mod && mod.StartsWith("before", StringComparison.Ordinal))
        {
            var point = Timex.Parse(first.GetValueOrDefault("timex"));
            var until = point?.ResolveDay(DateOnly.FromDateTime(localNow), false);
            return until is null ? slots : slots with { Until = until };
        }

        return slots;
    }

    private static bool SameDay(Timex a, Timex b) =>
        a.Year == b.Year && a.Month == b.Month && a.DayOfMonth == b.DayOfMonth && a.Weekday == b.Weekday;

    private static (Timex? Start, Timex? End) SplitRange(string? timex)
    {
        if (timex is null || timex.Length < 2 || timex[0] != '(')
        {
            return (null, null);
        }

        var parts = timex[1..^1].Split(',');
        return parts.Length < 2 ? (null, null) : (Timex.Parse(parts[0]), Timex.Parse(parts[1]));
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

    private static TimeSlots WithDay(TimeSlots slots, Timex point, DateTime localNow)
    {
        if (slots.Day is not null || !point.HasDate)
        {
            return slots;
        }

        var today = DateOnly.FromDateTime(localNow);
        // A weekday with a time already passed today means next week's ("thursday 9am" said on Thursday at 10:00).
        var passed = point.Time is { } t && t < TimeOnly.FromDateTime(localNow);
        return slots with { Day = point.ResolveDay(today, point.Weekday is not null && passed) };
    }
}
