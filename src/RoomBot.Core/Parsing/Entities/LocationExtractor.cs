using System.Text.RegularExpressions;
using RoomBot.Core.Parsing.Text;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>
/// City, building and floor filters. Cities and buildings are the ones the room list carries (plus English names of
/// the common Chinese cities); a floor is <c>18楼</c>, <c>18层</c>, <c>18F</c>, <c>floor 18</c> or <c>18th floor</c> and is
/// returned in the room list's spelling when a room is on it. Floor mentions are masked (18楼 is not a date).
/// </summary>
internal static partial class LocationExtractor
{
    private static readonly Dictionary<string, string> CityNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["beijing"] = "北京", ["shanghai"] = "上海", ["shenzhen"] = "深圳", ["guangzhou"] = "广州",
        ["hangzhou"] = "杭州", ["chengdu"] = "成都", ["wuhan"] = "武汉", ["nanjing"] = "南京",
        ["xian"] = "西安", ["xi'an"] = "西安", ["suzhou"] = "苏州", ["tianjin"] = "天津",
        ["chongqing"] = "重庆", ["hong kong"] = "香港", ["hongkong"] = "香港", ["xiamen"] = "厦门",
    };

    public static LocationFilter Extract(MaskedText text, IReadOnlyList<MeetingRoom> rooms)
    {
        var floor = ExtractFloor(text, rooms);
        var building = FindValue(text, rooms.Select(r => r.Building));
        var city = FindValue(text, rooms.Select(r => r.City)) ?? FindEnglishCity(text);
        return new LocationFilter(city, building, floor);
    }

    private static string? ExtractFloor(MaskedText text, IReadOnlyList<MeetingRoom> rooms)
    {
        foreach (var regex in (Regex[])[ChineseFloor(), EnglishFloor()])
        {
            var m = regex.Match(text.Current);
            if (!m.Success || ChineseNumerals.Parse(m.Groups["n"].Value) is not { } n)
            {
                continue;
            }

            text.Mask(m.Index, m.Length);
            var known = rooms.Select(r => r.Floor).FirstOrDefault(f => f is not null && FloorNumber(f) == n);
            return known ?? $"{n}F";
        }

        return null;
    }

    private static int? FloorNumber(string floor)
    {
        var m = Digits().Match(floor);
        return m.Success ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string? FindValue(MaskedText text, IEnumerable<string?> values)
    {
        var current = text.Current;
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().OrderByDescending(v => v!.Length))
        {
            var at = current.IndexOf(value!, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && WordBoundary.IsWhole(current, at, value!.Length))
            {
                text.Mask(at, value!.Length);
                return value;
            }
        }

        return null;
    }

    private static string? FindEnglishCity(MaskedText text)
    {
        foreach (Match m in Words().Matches(text.Current))
        {
            if (CityNames.TryGetValue(m.Value, out var city))
            {
                text.Mask(m.Index, m.Length);
                return city;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<n>[0-9]{1,3}|[一二三四五六七八九十]+)\s*(?:楼|层|F\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChineseFloor();

    [GeneratedRegex(@"\b(?:on\s+(?:the\s+)?)?(?:floor\s+(?<n>\d{1,3})\b|(?<n>\d{1,3})(?:st|nd|rd|th)?\s+floor\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishFloor();

    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[A-Za-z']+(?:\s+kong)?")]
    private static partial Regex Words();
}
