using System.Globalization;
using System.Text.RegularExpressions;
using RoomBot.Core.Parsing.Text;

namespace RoomBot.Core.Parsing.Time;

/// <summary>
/// Starts counted from the reference instant: <c>now</c>/<c>现在</c>/<c>马上</c>, <c>in 30 minutes</c>, <c>in an hour and a half</c>,
/// <c>半小时后</c>, <c>一个半小时后</c>. Handled here, not by the recogniser, which resolves <c>半小时后</c> to "now".
/// No rounding: WeCom rounds (docs/parsing.md).
/// </summary>
internal static partial class RelativeStartExtractor
{
    public static TimeSpan? Extract(MaskedText text)
    {
        var current = text.Current;
        var m = EnglishIn().Match(current);
        if (m.Success && Plausible(EnglishOffset(m)) is { } inEnglish)
        {
            text.Mask(m.Index, m.Length);
            return inEnglish;
        }

        m = ChineseAfter().Match(current);
        if (m.Success && Plausible(ChineseOffset(m)) is { } inChinese)
        {
            text.Mask(m.Index, m.Length);
            return inChinese;
        }

        m = Now().Match(current);
        if (m.Success)
        {
            text.Mask(m.Index, m.Length);
            return TimeSpan.Zero;
        }

        return null;
    }

    // "in 99999999 hours" is not a booking; leave it unread rather than overflow the calendar.
    private static TimeSpan? Plausible(double minutes) =>
        minutes is >= 0 and <= 366 * 24 * 60 ? TimeSpan.FromMinutes(minutes) : null;

    private static double EnglishOffset(Match m)
    {
        if (m.Groups["hh"].Success)
        {
            return m.Groups["hh"].Value.StartsWith("half", StringComparison.OrdinalIgnoreCase) ? 30 : 90;
        }

        var count = m.Groups["n"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1d,
            "two" => 2,
            "three" => 3,
            "few" => 3,
            var digits => double.Parse(digits, CultureInfo.InvariantCulture),
        };
        if (m.Groups["half"].Success)
        {
            count += 0.5;
        }

        return m.Groups["unit"].Value.StartsWith('m') || m.Groups["unit"].Value.StartsWith('M') ? count : count * 60;
    }

    private static double ChineseOffset(Match m)
    {
        var count = m.Groups["n"].Success ? ChineseNumerals.Parse(m.Groups["n"].Value) ?? 1 : 0;
        double value = count + (m.Groups["half"].Success ? 0.5 : 0);
        return m.Groups["unit"].Value.StartsWith('分') ? value : value * 60;
    }

    [GeneratedRegex(@"\bin\s+(?:(?<hh>half\s+an\s+hour|an?\s+hour\s+and\s+a\s+half)|(?<n>an?|one|two|three|few|\d+(?:\.\d+)?)\s*(?<half>and\s+a\s+half\s+)?(?<unit>hours?|hrs?|h|minutes?|mins?|m)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishIn();

    [GeneratedRegex(@"(?:(?<n>[0-9]+|[一二两三四五六七八九十]+)\s*个?\s*(?<half>半)?|(?<half>半)\s*个?)\s*(?<unit>小时|钟头|分钟|分)\s*(?:之后|以后|后)")]
    private static partial Regex ChineseAfter();

    [GeneratedRegex(@"\b(?:right\s+now|now|immediately|asap)\b|现在|马上|立刻|立即|此刻", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Now();
}
