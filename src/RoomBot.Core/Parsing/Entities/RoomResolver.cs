using System.Text.RegularExpressions;
using RoomBot.Core.Parsing.Text;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>
/// Finds the room a message names and masks every room mention, so a room number is never read as a date or an
/// hour by the recogniser (<c>1号会议室</c> is not "the 1st", <c>room 1 tonight</c> is not 01:00).
/// Order: exact names (longest first), then numbered forms (<c>room N</c>, <c>N号会议室</c>, <c>会议室N</c>), then a bare
/// <c>N号</c> only when it cannot be a day of the month.
/// </summary>
internal static partial class RoomResolver
{
    public static RoomMatch Resolve(MaskedText text, IReadOnlyList<MeetingRoom> rooms)
    {
        var lower = text.Original.ToLowerInvariant();
        var named = FindNamed(text, lower, rooms);
        var numbered = FindNumbered(text, rooms);
        if (named is not null)
        {
            return new RoomMatch(named, null, []);
        }

        return numbered ?? FindBareNumber(text, rooms) ?? RoomMatch.None;
    }

    private static MeetingRoom? FindNamed(MaskedText text, string lower, IReadOnlyList<MeetingRoom> rooms)
    {
        MeetingRoom? found = null;
        foreach (var (room, name) in NamesLongestFirst(rooms))
        {
            var from = 0;
            while (from < lower.Length)
            {
                var at = lower.IndexOf(name, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                from = at + 1;
                if (!IsWordBounded(lower, at, name.Length) || !text.IsFree(at, name.Length))
                {
                    continue;
                }

                text.Mask(at, name.Length);
                found ??= room;
            }
        }

        return found;
    }

    private static IEnumerable<(MeetingRoom Room, string Name)> NamesLongestFirst(IReadOnlyList<MeetingRoom> rooms)
    {
        var names = new List<(MeetingRoom, string)>(rooms.Count * 2);
        foreach (var room in rooms)
        {
            var name = room.Name.Trim().ToLowerInvariant();
            if (name.Length == 0)
            {
                continue;
            }

            names.Add((room, name));
            var alias = ChineseAlias(name);
            if (alias is not null && rooms.Count(r => r.Name.Contains(alias, StringComparison.OrdinalIgnoreCase)) == 1)
            {
                names.Add((room, alias));
            }
        }

        return names.OrderByDescending(n => n.Item2.Length);
    }

    // "泰山厅" is also called "泰山": strip a generic suffix when at least two Han characters remain.
    private static string? ChineseAlias(string name)
    {
        foreach (var suffix in (string[])["会议室", "会议厅", "厅", "室"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                var alias = name[..^suffix.Length];
                return alias.Length >= 2 && alias.All(LanguageDetector.IsHan) ? alias : null;
            }
        }

        return null;
    }

    private static bool IsWordBounded(string text, int at, int length)
    {
        static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c);
        var startsLatin = IsAsciiWordChar(text[at]);
        var endsLatin = IsAsciiWordChar(text[at + length - 1]);
        if (startsLatin && at > 0 && IsAsciiWordChar(text[at - 1]))
        {
            return false;
        }

        return !(endsLatin && at + length < text.Length && IsAsciiWordChar(text[at + length]));
    }

    private static RoomMatch? FindNumbered(MaskedText text, IReadOnlyList<MeetingRoom> rooms)
    {
        RoomMatch? result = null;
        foreach (var regex in (Regex[])[EnglishNumbered(), ChineseNumbered(), ChineseRoomThenNumber()])
        {
            foreach (Match m in regex.Matches(text.Current))
            {
                var number = ChineseNumerals.Parse(m.Groups["n"].Value);
                if (number is null)
                {
                    continue;
                }

                text.Mask(m.Index, m.Length);
                result ??= ByNumber(number.Value, m.Value.Trim(), rooms);
            }
        }

        return result;
    }

    private static RoomMatch? FindBareNumber(MaskedText text, IReadOnlyList<MeetingRoom> rooms)
    {
        var current = text.Current;
        foreach (Match m in BareHao().Matches(current))
        {
            var number = ChineseNumerals.Parse(m.Groups["n"].Value);
            if (number is null || RoomsCarrying(number.Value, rooms).Count == 0)
            {
                continue;
            }

            var before = current[..m.Index];
            var after = current[(m.Index + m.Length)..];
            var otherDay = OtherDay().IsMatch(before) || OtherDay().IsMatch(after);
            var verbBefore = BookingVerbEnd().IsMatch(before);
            var timeAfter = TimeOrOfAfter().IsMatch(after);
            if (otherDay || (verbBefore && !timeAfter))
            {
                text.Mask(m.Index, m.Length);
                return ByNumber(number.Value, m.Value, rooms);
            }
        }

        return null;
    }

    private static RoomMatch ByNumber(int number, string written, IReadOnlyList<MeetingRoom> rooms)
    {
        var candidates = RoomsCarrying(number, rooms);
        return candidates.Count switch
        {
            0 => new RoomMatch(null, written, []),
            1 => new RoomMatch(candidates[0], null, []),
            _ => new RoomMatch(null, null, candidates),
        };
    }

    /// <summary>Rooms whose name holds <paramref name="number"/> as a whole number ("Room 12" carries 12, not 1).</summary>
    public static IReadOnlyList<MeetingRoom> RoomsCarrying(int number, IReadOnlyList<MeetingRoom> rooms)
    {
        var found = new List<MeetingRoom>();
        foreach (var room in rooms)
        {
            foreach (Match m in NumberInName().Matches(room.Name))
            {
                if (ChineseNumerals.Parse(m.Value) == number)
                {
                    found.Add(room);
                    break;
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"\b(?:(?:meeting|conference)\s+)?(?:room|rm)\s*(?:no\.?\s*|number\s*|#\s*)?(?<n>\d+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNumbered();

    [GeneratedRegex(@"(?<![0-9])(?<n>[0-9]+|[一二两三四五六七八九十]+)\s*号?\s*(?:会议室|会议厅|房间|房|室|厅)")]
    private static partial Regex ChineseNumbered();

    [GeneratedRegex(@"会议室\s*(?<n>[0-9]+|[一二三四五六七八九十]+)\s*号?(?![0-9])")]
    private static partial Regex ChineseRoomThenNumber();

    [GeneratedRegex(@"(?<![0-9月])(?<n>[0-9]{1,3})\s*号(?!码)")]
    private static partial Regex BareHao();

    [GeneratedRegex(@"今天|明天|后天|大后天|今晚|明早|明晚|[周星期礼拜][一二三四五六日天]|下周|这周|本周|下个?星期|[0-9一二三四五六七八九十]+月|[0-9]+日|[0-9]+/[0-9]+")]
    private static partial Regex OtherDay();

    [GeneratedRegex(@"(?:订|预定|预订|约|定|取消|用|查|查看|看|看看|要)(?:一下|个|下)?\s*$")]
    private static partial Regex BookingVerbEnd();

    [GeneratedRegex(@"^\s*(?:的|上午|下午|中午|晚上|早上|凌晨|傍晚|[0-9]{1,2}\s*[点:：]|[一二两三四五六七八九十]+点)")]
    private static partial Regex TimeOrOfAfter();

    // A floor ("3F-大会议室", "5楼小会议室") is not the room's number.
    [GeneratedRegex(@"[0-9]+(?![0-9]|\s*(?:F\b|f\b|楼|层))|[一二三四五六七八九十]+(?=号)")]
    private static partial Regex NumberInName();
}
