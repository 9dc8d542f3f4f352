using System.Text.RegularExpressions;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>An online/video meeting asked for, and a reminder group named ("remind design", "提醒设计组").</summary>
internal static partial class MeetingOptionsExtractor
{
    public static bool WantsOnlineMeeting(string text) => Online().IsMatch(text);

    public static string? ReminderGroup(string text)
    {
        var m = Remind().Match(text);
        return m.Success ? m.Groups["g"].Value : null;
    }

    [GeneratedRegex(@"\b(?:online|video|virtual|remote)\s+(?:meeting|call|conference)\b|\bonline\b|线上会议|线上|网络会议|腾讯会议|视频会议", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Online();

    [GeneratedRegex(@"\b(?:remind|notify)\s+(?:the\s+)?(?!me\b|us\b|everyone\b|all\b|them\b)(?<g>[a-z][\w-]*)(?:\s+(?:group|team|channel))?|(?:提醒|通知)(?<g>[^\s,.;、我]{1,10}?)(?:组|群|团队)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Remind();
}
