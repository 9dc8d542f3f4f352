using System.Text.RegularExpressions;

namespace RoomBot.Core.Parsing.Time;

/// <summary>
/// English rewrites before the recogniser, each for a measured failure: <c>an hour and a half</c> after a time can be
/// dropped (docs/parsing.md) → <c>90 minutes</c>; a lone <c>from 3</c> is not read → <c>at 3</c>; <c>friday 10-11</c> becomes
/// 11 October → <c>10 to 11</c>; <c>26th at 3pm</c> loses the day → <c>on the 26th</c>; <c>2morrow</c> → <c>tomorrow</c>;
/// <c>at 1500</c>/<c>1500h</c> are not read → <c>at 15:00</c>; a bare hour next to a day (<c>3 tomorrow</c>,
/// <c>friday morning 10</c>) is dropped → <c>at 3 tomorrow</c>, <c>friday morning at 10</c>.
/// </summary>
internal static partial class EnglishRewrites
{
    public static string Apply(string text)
    {
        var s = HourAndAHalf().Replace(text, "90 minutes");
        s = FromBareHour().Replace(s, "at ${t}");
        s = BareHourRange().Replace(s, "${a} to ${b}");
        s = MilitaryTime().Replace(s, "at ${h}:${m}");
        s = HourBeforeDay().Replace(s, "at ${t} ");
        s = DayThenHour().Replace(s, "${d} at ${t}");
        s = BareOrdinalDay().Replace(s, "on the ${d}");
        s = Tomorrow().Replace(s, "tomorrow");
        return NAndAHalfHours().Replace(s, m => $"{EnglishCount(m.Groups["n"].Value)}.5 hours");
    }

    private static int EnglishCount(string n) => n.ToLowerInvariant() switch
    {
        "one" or "an" or "a" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        _ => int.TryParse(n, out var v) ? v : 1,
    };

    [GeneratedRegex(@"\b(?:an?|one)\s+hour\s+and\s+a\s+half\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HourAndAHalf();

    // "from 3 tomorrow" with no end is not recognised at all; "at 3 tomorrow" is.
    [GeneratedRegex(@"\bfrom\s+(?<t>\d{1,2}(?::\d{2})?)(?!\s*(?:(?:to|till|until|through|and|am|pm)\b|-|~|a\.m|p\.m|:|\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromBareHour();

    // "friday 10-11" comes back as 11 October; in a booking two bare hours joined by a dash are a time range.
    [GeneratedRegex(@"(?<![/\-.:\d]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*)\b(?<a>[01]?[0-9]|2[0-3])\s*-\s*(?<b>[01]?[0-9]|2[0-4])\b(?!\s*(?:am|pm|a\.m|p\.m)|[/\-.:\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareHourRange();

    // "at 1500", "1500h", "1500 hours": four digits are only a clock time after "at" or before an hour mark (not a year).
    [GeneratedRegex(@"\bat\s+(?<h>[01][0-9]|2[0-3])(?<m>[0-5][0-9])\b(?!\s*(?:am|pm|a\.m|p\.m))|\b(?<h>[01][0-9]|2[0-3])(?<m>[0-5][0-9])\s*(?:h|hrs|hours)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MilitaryTime();

    // "book room 7 3 tomorrow": the bare hour before a day word is dropped; "at 3 tomorrow" is read.
    [GeneratedRegex(@"(?<![\d:./#-]\s{0,3}|\b(?:for|at|by|in|of|the|no|number|room|floor|level)\s{1,3})\b(?<t>1[0-2]|0?[1-9])(?::[0-5][0-9])?\s+(?=(?:tomorrow|today|tonight|(?:this\s+|next\s+|on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HourBeforeDay();

    // "friday morning 10", "tomorrow 3": a bare hour after a day is dropped; "friday morning at 10" is read.
    [GeneratedRegex(@"\b(?<d>(?:tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?)\s+(?<t>(?:1[0-2]|0?[1-9])(?::[0-5][0-9])?)\b(?!\s*(?:am\b|pm\b|a\.m|p\.m|o'?clock|to\b|till|until|through|and\b|-|~|:|\.|\d|people|persons?|ppl|pax|guests|seats|of\s+us|minutes?|mins?|hours?|hrs?|h\b|st\b|nd\b|rd\b|th\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayThenHour();

    // "26th at 3pm" and "the 26th at 3pm" lose the day; "on the 26th at 3pm" keeps it.
    [GeneratedRegex(@"(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*)\b(?:on\s+)?(?:the\s+)?(?<d>(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareOrdinalDay();

    [GeneratedRegex(@"\b(?:2morrow|tmr|tmrw|tomorow|tommorow|tommorrow)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"\b(?<n>\d|two|three|four)\s+and\s+a\s+half\s+hours?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NAndAHalfHours();
}
