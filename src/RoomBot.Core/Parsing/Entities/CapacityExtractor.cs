using System.Text.RegularExpressions;
using RoomBot.Core.Parsing.Text;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>Head count asked for: <c>for 10 people</c>, <c>10-person</c>, <c>seats 10</c>, <c>10人</c>, <c>能坐10个人</c>, <c>十位</c>.</summary>
internal static partial class CapacityExtractor
{
    public static int? Extract(MaskedText text)
    {
        foreach (var regex in (Regex[])[English(), EnglishSeats(), Chinese()])
        {
            var m = regex.Match(text.Current);
            if (m.Success && ChineseNumerals.Parse(m.Groups["n"].Value) is > 0 and var n)
            {
                text.Mask(m.Index, m.Length);
                return n;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:for\s+)?(?:at\s+least\s+|up\s+to\s+)?(?<n>\d{1,4})\s*-?\s*(?:people|persons?|ppl|pax|attendees|participants|seats?|seater|heads|guests)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex(@"\b(?:seats|seating|fits|holds|capacity(?:\s+of)?|room\s+for)\s+(?:at\s+least\s+)?(?<n>\d{1,4})\b(?!\s*(?:am|pm|:|点|minutes?|mins?|hours?|hrs?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishSeats();

    [GeneratedRegex(@"(?:能坐|可坐|坐得下|容纳|可容纳|至少)?\s*(?<n>[0-9]{1,4}|[一二两三四五六七八九十]+)\s*(?:个)?\s*(?:人|位)(?!员)")]
    private static partial Regex Chinese();
}
