namespace RoomBot.Core.Parsing.Time;

/// <summary>
/// Reads range entities into <see cref="TimeSlots"/>: clock ranges (bare-hour twins resolved by the start hour,
/// "11 to 1" is 11:00–13:00), open ranges ("until 5pm", "下午3点开始"), day parts and a repeat's last day.
/// </summary>
internal static class RangeReader
{
    public static TimeSlots Add(TimeSlots slots, List<IReadOnlyDictionary<string, string>> values, DateTime localNow)
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

            slots = TimeSlotExtractor.WithDay(slots, point, localNow);
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
                slots = TimeSlotExtractor.WithDay(slots, noon, localNow);
                return slots.StartTime is null ? slots with { StartTime = new TimeOnly(12, 0), DayPartOnly = false } : slots;
            }

            var part = Timex.Parse(timex);
            return part is null ? slots : TimeSlotExtractor.WithDay(slots, part, localNow) with { DayPartOnly = slots.StartTime is null };
        }

        var ranges = values
            .Select(v => SplitRange(v.GetValueOrDefault("timex")))
            .Where(r => r.Start?.Time is not null && r.End?.Time is not null)
            .ToList();
        if (ranges.Count == 0)
        {
            return slots;
        }

        // Candidates come in pairs per year/week and per meridiem: only the meridiem is ours to choose.
        var chosen = ranges[0];
        var starts = ranges.Select(r => r.Start!.Time!.Value).Distinct().ToList();
        if (starts.Count == 2 && BareHourRule.AreTwins(starts[0], starts[1]))
        {
            var wanted = BareHourRule.Choose(starts.Min());
            chosen = ranges.First(r => r.Start!.Time == wanted);
        }

        slots = TimeSlotExtractor.WithDay(slots, chosen.Start!, localNow);
        var endDay = chosen.End!.HasDate && chosen.Start!.HasDate && !SameDay(chosen.Start, chosen.End)
            ? chosen.End.ResolveDay(DateOnly.FromDateTime(localNow), false)
            : null;
        return slots with { StartTime = chosen.Start!.Time, EndTime = chosen.End!.Time, EndDay = endDay, DayPartOnly = false };
    }

    public static TimeSlots AddDateRange(TimeSlots slots, List<IReadOnlyDictionary<string, string>> values, DateTime localNow)
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
}
