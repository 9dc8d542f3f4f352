using System.Text.RegularExpressions;
using RoomBot.Core.Parsing.Text;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>
/// Finds the room a message names and masks every room mention, so a room number is never read as a date or an
/// hour by the recogniser (<c>1号会议室</c> is not "the 1st", <c>room 1 tonight</c> is not 01:00).
/// Order: exact names and aliases (longest first), numbered forms (<c>room N</c>, <c>N号会议室</c>, <c>会议室N</c>),
/// lettered forms (<c>room B</c>), then a bare <c>N号</c> only when it cannot be a day of the month (or when it
/// answers "which room?").
/// </summary>
internal static partial class RoomResolver
{
    public static RoomMatch Resolve(MaskedText text, IReadOnlyList<MeetingRoom> rooms, bool bareNumberIsRoom = false)
    {
        var index = RoomIndex.For(rooms);
        var named = FindNamed(text, index);
        var numbered = FindNumbered(text, index);
        if (named is not null)
        {
            return new RoomMatch(named, null, []);
        }

        return numbered ?? FindLettered(text, index) ?? FindBareNumber(text, index, bareNumberIsRoom) ?? RoomMatch.None;
    }

    private static MeetingRoom? FindNamed(MaskedText text, RoomIndex index)
    {
        var lower = text.Original.ToLowerInvariant();
        MeetingRoom? found = null;
        foreach (var (room, name) in index.NamesLongestFirst)
        {
            for (var at = lower.IndexOf(name, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (WordBoundary.IsWhole(lower, at, name.Length) && text.IsFree(at, name.Length))
                {
                    text.Mask(at, name.Length);
                    found ??= room;
                }
            }
        }

        return found;
    }

    private static RoomMatch? FindNumbered(MaskedText text, RoomIndex index)
    {
        RoomMatch? result = null;
        foreach (var regex in (Regex[])[EnglishNumbered(), ChineseNumbered(), ChineseRoomThenNumber()])
        {
            foreach (Match m in regex.Matches(text.Current))
            {
                if (ChineseNumerals.Parse(m.Groups["n"].Value) is { } number)
                {
                    text.Mask(m.Index, m.Length);
                    result ??= ByNumber(number, m.Value.Trim(), index);
                }
            }
        }

        return result;
    }

    // "room B" / "B会议室" / "会议室B": only when some room's name carries that letter, so "room a" stays an article.
    private static RoomMatch? FindLettered(MaskedText text, RoomIndex index)
    {
        foreach (Match m in Lettered().Matches(text.Current))
        {
            var candidates = index.CarryingLetter(m.Groups["l"].Value[0]);
            if (candidates.Count > 0)
            {
                text.Mask(m.Index, m.Length);
                return candidates.Count == 1 ? new RoomMatch(candidates[0], null, []) : new RoomMatch(null, null, candidates);
            }
        }

        return null;
    }

    private static RoomMatch? FindBareNumber(MaskedText text, RoomIndex index, bool bareNumberIsRoom)
    {
        var current = text.Current;
        foreach (Match m in BareHao().Matches(current))
        {
            if (ChineseNumerals.Parse(m.Groups["n"].Value) is not { } number || index.Carrying(number).Count == 0)
            {
                continue;
            }

            if (bareNumberIsRoom || BareNumberRule.NamesRoom(current[..m.Index], current[(m.Index + m.Length)..]))
            {
                text.Mask(m.Index, m.Length);
                return ByNumber(number, m.Value, index);
            }
        }

        return null;
    }

    private static RoomMatch ByNumber(int number, string written, RoomIndex index)
    {
        var candidates = index.Carrying(number);
        return candidates.Count switch
        {
            0 => new RoomMatch(null, written, []),
            1 => new RoomMatch(candidates[0], null, []),
            _ => new RoomMatch(null, null, candidates),
        };
    }

    [GeneratedRegex(@"\b(?:(?:meeting|conference)\s+)?(?:room|rm)\s*(?:no\.?\s*|number\s*|#\s*)?(?<n>\d+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNumbered();

    [GeneratedRegex(@"(?<![0-9])(?<n>[0-9]+|[一二两三四五六七八九十]+)\s*号?\s*(?:会议室|会议厅|房间|房|室|厅)")]
    private static partial Regex ChineseNumbered();

    [GeneratedRegex(@"会议室\s*(?<n>[0-9]+|[一二三四五六七八九十]+)\s*号?(?![0-9])")]
    private static partial Regex ChineseRoomThenNumber();

    [GeneratedRegex(@"\b(?:(?:meeting|conference)\s+)?room\s+(?<l>[A-Za-z])\b(?!')|(?<![A-Za-z])(?<l>[A-Za-z])\s*(?:号)?\s*会议室|会议室\s*(?<l>[A-Za-z])(?![A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lettered();

    [GeneratedRegex(@"(?<![0-9月])(?<n>[0-9]{1,3})\s*号(?!码)")]
    private static partial Regex BareHao();
}
