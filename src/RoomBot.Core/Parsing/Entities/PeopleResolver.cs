using System.Runtime.CompilerServices;
using RoomBot.Core.Parsing.Text;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>
/// Attendees: directory userids written plainly or as <c>@userid</c> (whole words, any case) and directory names
/// (<c>李四</c>, <c>@李四</c>); userids must stand as whole words ("li" is not inside "list"). Matched names are masked (王五 must not reach the recogniser as "five"). The speaker is
/// never an attendee.
/// </summary>
internal static class PeopleResolver
{
    public static IReadOnlyList<string> Resolve(MaskedText text, IReadOnlyList<DirectoryUser> users, string speakerUserId)
    {
        var lower = text.Original.ToLowerInvariant();
        var hits = new List<(int At, string UserId)>();
        foreach (var (user, key) in Keys.GetValue(users, KeysLongestFirst))
        {
            var from = 0;
            while (from < lower.Length)
            {
                var at = lower.IndexOf(key, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                from = at + 1;
                if (!WordBoundary.IsWhole(lower, at, key.Length) || !text.IsFree(at, key.Length))
                {
                    continue;
                }

                var start = at > 0 && lower[at - 1] == '@' ? at - 1 : at;
                text.Mask(start, at + key.Length - start);
                hits.Add((at, user.UserId));
            }
        }

        return hits
            .OrderBy(h => h.At)
            .Select(h => h.UserId)
            .Where(id => !string.Equals(id, speakerUserId, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    // Built once per directory instance: the directory is reused across messages.
    private static readonly ConditionalWeakTable<IReadOnlyList<DirectoryUser>, List<(DirectoryUser User, string Key)>> Keys = [];

    private static List<(DirectoryUser User, string Key)> KeysLongestFirst(IReadOnlyList<DirectoryUser> users)
    {
        var keys = new List<(DirectoryUser, string)>(users.Count * 2);
        foreach (var user in users)
        {
            if (user.UserId.Length > 0)
            {
                keys.Add((user, user.UserId.ToLowerInvariant()));
            }

            // A one-character name would match inside ordinary words; directory names are two or more.
            if (user.Name.Length >= 2)
            {
                keys.Add((user, user.Name.ToLowerInvariant()));
            }
        }

        return [.. keys.OrderByDescending(k => k.Item2.Length)];
    }
}
