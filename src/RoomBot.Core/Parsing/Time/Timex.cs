using System.Globalization;
using System.Text.RegularExpressions;

namespace RoomBot.Core.Parsing.Time;

/// <summary>
/// One TIMEX point as the recogniser writes it (<c>2026-11-25T15</c>, <c>XXXX-WXX-4T14</c>, <c>XXXX-XX-01</c>, <c>XXXX-11-30</c>,
/// <c>T15:30</c>, <c>2026-11-25TAF</c>). Partial dates are resolved here with our own future preference instead of
/// the recogniser's two candidates (last week's and this week's, last year's and this year's).
/// </summary>
internal sealed partial record Timex(int? Year, int? Month, int? DayOfMonth, DayOfWeek? Weekday, TimeOnly? Time, bool DayPart)
{
    public bool HasDate => DayOfMonth is not null || Weekday is not null;

    public static Timex? Parse(string? timex)
    {
        if (string.IsNullOrEmpty(timex))
        {
            return null;
        }

        var m = Shape().Match(timex);
        if (!m.Success)
        {
            return null;
        }

        TimeOnly? time = null;
        if (m.Groups["h"].Success)
        {
            var h = Int(m.Groups["h"].Value) % 24;
            var mi = m.Groups["mi"].Success ? Int(m.Groups["mi"].Value) : 0;
            time = new TimeOnly(h, mi);
        }

        DayOfWeek? weekday = m.Groups["wd"].Success ? (DayOfWeek)(Int(m.Groups["wd"].Value) % 7) : null;
        return new Timex(
            Number(m.Groups["y"]),
            Number(m.Groups["m"]),
            Number(m.Groups["d"]),
            weekday,
            time,
            m.Groups["part"].Success);
    }

    /// <summary>The day this point falls on, preferring the first one not before <paramref name="today"/>.</summary>
    public DateOnly? ResolveDay(DateOnly today, bool strictlyAfterToday)
    {
        if (Weekday is { } wd)
        {
            var ahead = ((int)wd - (int)today.DayOfWeek + 7) % 7;
            if (ahead == 0 && strictlyAfterToday)
            {
                ahead = 7;
            }

            return today.AddDays(ahead);
        }

        if (DayOfMonth is not { } d)
        {
            return null;
        }

        if (Year is { } y && Month is { } mo)
        {
            return SafeDate(y, mo, d);
        }

        if (Month is { } month)
        {
            var candidate = SafeDate(today.Year, month, d);
            return candidate is { } c && (c < today || (c == today && strictlyAfterToday)) ? SafeDate(today.Year + 1, month, d) : candidate;
        }

        for (var i = 0; i < 13; i++)
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(i);
            if (SafeDate(first.Year, first.Month, d) is { } c && (c > today || (c == today && !strictlyAfterToday)))
            {
                return c;
            }
        }

        return null;
    }

    private static DateOnly? SafeDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static int? Number(Group g) => g.Success && g.Value != "XXXX" && g.Value != "XX" ? Int(g.Value) : null;

    [GeneratedRegex(@"^(?:(?<y>\d{4}|XXXX)-(?:W(?:\d{2}|XX)-(?<wd>\d)|(?<m>\d{2}|XX)-(?<d>\d{2})))?(?:T(?:(?<h>\d{2})(?::(?<mi>\d{2}))?(?::\d{2})?|(?<part>MO|AF|EV|NI|DT|MI)))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
