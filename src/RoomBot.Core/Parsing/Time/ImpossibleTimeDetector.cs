using System.Globalization;
using System.Text.RegularExpressions;

namespace RoomBot.Core.Parsing.Time;

/// <summary>
/// Days and hours that do not exist (<c>feb 30</c>, <c>2月30日</c>, <c>13月1日</c>, <c>25:00</c>, <c>25点</c>; 24点 is midnight). The recogniser
/// silently drops or bends them, which would book a guess; the parser asks instead.
/// </summary>
internal static partial class ImpossibleTimeDetector
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool Contains(string text)
    {
        foreach (Match m in ChineseMonthDay().Matches(text))
        {
            if (!Exists(Int(m.Groups["m"].Value), Int(m.Groups["d"].Value)))
            {
                return true;
            }
        }

        foreach (Match m in EnglishMonthDay().Matches(text))
        {
            var month = Array.IndexOf(Months, m.Groups["m"].Value[..3].ToLowerInvariant()) + 1;
            if (!Exists(month, Int(m.Groups["d"].Value)))
            {
                return true;
            }
        }

        return ImpossibleClock().IsMatch(text);
    }

    // 2028 is a leap year, so 2月29日 is possible in some year; the recogniser settles which one.
    private static bool Exists(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2028, month);

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![0-9])(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*[日号]")]
    private static partial Regex ChineseMonthDay();

    [GeneratedRegex(@"\b(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMonthDay();

    [GeneratedRegex(@"(?<![0-9:])(?:2[5-9]|[3-9][0-9])\s*(?::[0-5][0-9]|点)|(?<![0-9])[0-9]{1,2}:[6-9][0-9](?![0-9])")]
    private static partial Regex ImpossibleClock();
}
