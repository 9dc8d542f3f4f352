using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using RoomBot.Core.Parsing.Text;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>
/// What the resolver looks up in a room list — names and aliases longest first, the numbers and letters each name
/// carries — computed once per list instance (callers reuse one list across messages and replace, not mutate, it).
/// </summary>
internal sealed partial class RoomIndex
{
    private static readonly ConditionalWeakTable<IReadOnlyList<MeetingRoom>, RoomIndex> Cache = [];

    private readonly List<(MeetingRoom Room, HashSet<int> Numbers, HashSet<char> Letters)> _marks = [];

    private RoomIndex(IReadOnlyList<MeetingRoom> rooms)
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
            foreach (var alias in ChineseAliases(name))
            {
                if (rooms.Count(r => r.Name.Contains(alias, StringComparison.OrdinalIgnoreCase)) == 1)
                {
                    names.Add((room, alias));
                }
            }

            var numbers = NumberInName().Matches(room.Name).Select(m => ChineseNumerals.Parse(m.Value)).OfType<int>().ToHashSet();
            var letters = LetterInName().Matches(room.Name).Select(m => char.ToUpperInvariant(m.Value[0])).ToHashSet();
            _marks.Add((room, numbers, letters));
        }

        NamesLongestFirst = [.. names.OrderByDescending(n => n.Item2.Length)];
    }

    /// <summary>Lower-case names and aliases, longest first so "Focus Room A" wins over a room called "Focus".</summary>
    public IReadOnlyList<(MeetingRoom Room, string Name)> NamesLongestFirst { get; }

    public static RoomIndex For(IReadOnlyList<MeetingRoom> rooms) => Cache.GetValue(rooms, r => new RoomIndex(r));

    /// <summary>Rooms whose name holds <paramref name="number"/> as a whole number ("Room 12" carries 12, not 1).</summary>
    public IReadOnlyList<MeetingRoom> Carrying(int number) => [.. _marks.Where(m => m.Numbers.Contains(number)).Select(m => m.Room)];

    /// <summary>Rooms whose name holds <paramref name="letter"/> as a word of its own ("Focus Room A").</summary>
    public IReadOnlyList<MeetingRoom> CarryingLetter(char letter) =>
        [.. _marks.Where(m => m.Letters.Contains(char.ToUpperInvariant(letter))).Select(m => m.Room)];

    // "泰山厅" is also called "泰山", "6F-小会议室" is "小会议室": drop a floor prefix or a generic suffix when at
    // least two Han characters remain.
    private static IEnumerable<string> ChineseAliases(string name)
    {
        var withoutFloor = FloorPrefix().Replace(name, "");
        if (withoutFloor != name && IsHanWord(withoutFloor))
        {
            yield return withoutFloor;
        }

        foreach (var suffix in (string[])["会议室", "会议厅", "厅", "室"])
        {
            if (withoutFloor.EndsWith(suffix, StringComparison.Ordinal) && IsHanWord(withoutFloor[..^suffix.Length]))
            {
                yield return withoutFloor[..^suffix.Length];
                yield break;
            }
        }
    }

    private static bool IsHanWord(string text) => text.Length >= 2 && text.All(LanguageDetector.IsHan);

    [GeneratedRegex(@"^[0-9]{1,3}\s*(?:f|楼|层)\s*[-_ ·]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FloorPrefix();

    // A floor ("3F-大会议室", "5楼小会议室") is not the room's number.
    [GeneratedRegex(@"[0-9]+(?![0-9]|\s*(?:F\b|f\b|楼|层))|[一二三四五六七八九十]+(?=号)")]
    private static partial Regex NumberInName();

    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z](?![A-Za-z])")]
    private static partial Regex LetterInName();
}
