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
                "datetimeV2.timerange" or "datetimeV2.datetimerange" => RangeReader.Add(slots, values, localNow),
                "datetimeV2.daterange" => RangeReader.AddDateRange(slots, values, localNow),
                "datetimeV2.date" or "datetimeV2.time" or "datetimeV2.datetime" or "datetimeV2.set" => PointReader.Add(slots, values, localNow),
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

    /// <summary>Sets the day from <paramref name="point"/> unless one was already said.</summary>
    public static TimeSlots WithDay(TimeSlots slots, Timex point, DateTime localNow)
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
