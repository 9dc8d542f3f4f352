using System.Text.RegularExpressions;

namespace RoomBot.Core.Parsing.Time;

/// <summary>
/// Rewrites applied just before the recogniser, each for a failure measured in docs/parsing.md:
/// <c>一个半小时</c> comes back as 30 minutes (upstream #3188) → <c>1.5小时</c>; <c>an hour and a half</c> after a time can be
/// dropped → <c>90 minutes</c>; <c>下午3-4点</c> splits in two → <c>3点到4点</c>; a message starting with a bare <c>10号</c>
/// loses its time → <c>10日</c>; the Chinese model ignores <c>3pm</c> → <c>下午3点</c>; a lone <c>from 3</c> → <c>at 3</c>; <c>12.1</c> → <c>12月1日</c>.
/// </summary>
internal static partial class RecognizerRewrites
{
    public static string Apply(string text, Language language)
    {
        var s = text;
        if (language == Language.Chinese)
        {
            s = HalfHours().Replace(s, m => $"{HalfHourCount(m.Groups["n"].Value)}.5{m.Groups["u"].Value}");
            s = ChineseRange().Replace(s, "${a}点到${b}点");
            s = ChineseRangeAfterDian().Replace(s, "${a}到${b}");
            s = BareHao().Replace(s, "${n}日");
            s = DottedDate().Replace(s, "${m}月${d}日");
            s = Meridiem().Replace(s, m => (IsPm(m.Groups["m"].Value) ? "下午" : "上午") + ChineseClock(m.Groups["t"].Value));
            s = s.Replace('~', '到');
        }
        else
        {
            s = HourAndAHalf().Replace(s, "90 minutes");
            s = FromBareHour().Replace(s, "at ${t}");
            s = BareHourRange().Replace(s, "${a} to ${b}");
            s = NAndAHalfHours().Replace(s, m => $"{EnglishCount(m.Groups["n"].Value)}.5 hours");
        }

        return s;
    }

    private static bool IsPm(string meridiem) => meridiem.StartsWith('p') || meridiem.StartsWith('P');

    private static string ChineseClock(string time) => time.Contains(':') ? time : time + "点";

    private static int HalfHourCount(string n) => n switch
    {
        "一" or "1" => 1,
        "两" or "二" or "2" => 2,
        "三" or "3" => 3,
        "四" or "4" => 4,
        _ => int.TryParse(n, out var v) ? v : 1,
    };

    private static int EnglishCount(string n) => n.ToLowerInvariant() switch
    {
        "one" or "an" or "a" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        _ => int.TryParse(n, out var v) ? v : 1,
    };

    [GeneratedRegex(@"(?<n>[一两二三四1-4])\s*个半\s*(?<u>小时|钟头)")]
    private static partial Regex HalfHours();

    [GeneratedRegex(@"(?<a>[0-9]{1,2})\s*[-~到至]\s*(?<b>[0-9]{1,2})\s*点")]
    private static partial Regex ChineseRange();

    [GeneratedRegex(@"(?<a>点(?:半|[0-9]{1,2}分?)?)\s*[-~至]\s*(?<b>(?:上午|下午|晚上)?[0-9]{1,2}\s*点)")]
    private static partial Regex ChineseRangeAfterDian();

    // "12.1 下午3点" is 1 December to a Chinese writer; the recogniser drops it silently.
    [GeneratedRegex(@"(?<![0-9.:])(?<m>1[0-2]|0?[1-9])\.(?<d>3[01]|[12][0-9]|0?[1-9])(?![0-9]|\s*(?:个|小时|钟头|h|分|hours?))")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"(?<![0-9月])(?<n>[0-9]{1,2})号")]
    private static partial Regex BareHao();

    [GeneratedRegex(@"(?<t>[0-9]{1,2}(?::[0-9]{2})?)\s*(?<m>[ap]\.?m\.?)(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Meridiem();

    // "from 3 tomorrow" with no end is not recognised at all; "at 3 tomorrow" is.
    [GeneratedRegex(@"\bfrom\s+(?<t>\d{1,2}(?::\d{2})?)(?!\s*(?:(?:to|till|until|through|and|am|pm)\b|-|~|a\.m|p\.m|:|\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromBareHour();

    // "friday 10-11" comes back as 11 October; in a booking two bare hours joined by a dash are a time range.
    [GeneratedRegex(@"(?<![/\-.:\d]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*)\b(?<a>[01]?[0-9]|2[0-3])\s*-\s*(?<b>[01]?[0-9]|2[0-4])\b(?!\s*(?:am|pm|a\.m|p\.m)|[/\-.:\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareHourRange();

    [GeneratedRegex(@"\b(?:an?|one)\s+hour\s+and\s+a\s+half\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HourAndAHalf();

    [GeneratedRegex(@"\b(?<n>\d|two|three|four)\s+and\s+a\s+half\s+hours?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NAndAHalfHours();
}
