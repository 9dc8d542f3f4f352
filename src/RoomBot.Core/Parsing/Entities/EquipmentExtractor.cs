using System.Text.RegularExpressions;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>Equipment asked for, as WeCom codes (doc 93619): 1 TV, 2 phone, 3 projector, 4 whiteboard, 5 video.</summary>
internal static partial class EquipmentExtractor
{
    public static IReadOnlyList<int> Extract(string text)
    {
        var codes = new SortedSet<int>();
        foreach (Match m in Keywords().Matches(text))
        {
            codes.Add(m.Groups["tv"].Success ? 1
                : m.Groups["phone"].Success ? 2
                : m.Groups["projector"].Success ? 3
                : m.Groups["board"].Success ? 4
                : 5);
        }

        return [.. codes];
    }

    [GeneratedRegex(@"(?<tv>\btv\b|\btelevision\b|电视)|(?<phone>\b(?:tele|conference\s+)?phone\b|电话)|(?<projector>\bprojector\b|投影)|(?<board>\bwhite\s?board\b|白板)|(?<video>\bvideo\s*(?:conferenc\w*|call\w*|equipment)?\b|\bvc\b|视频(?:会议)?设备|视频会议|视频)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keywords();
}
