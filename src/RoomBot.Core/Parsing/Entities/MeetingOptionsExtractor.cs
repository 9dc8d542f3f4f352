using System.Text.RegularExpressions;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>An online/video meeting asked for, and a reminder group named ("remind design", "提醒设计组").</summary>
internal static partial class MeetingOptionsExtractor
{
    public static bool WantsOnlineMeeting(string text) => Online().IsMatch(text);

    /// <summary>
    /// Masks a reminder lead ("remind me 15 minutes before", "提前15分钟提醒"): it is not the meeting's length or start.
    /// The lead itself is configuration (Reminders:LeadMinutes), not a slot.
    /// </summary>
    public static void MaskReminderLead(Text.MaskedText text)
    {
        foreach (Match m in ReminderLead().Matches(text.Current))
        {
            text.Mask(m.Index, m.Length);
        }
    }

    public static string? ReminderGroup(string text)
    {
        var m = Remind().Match(text);
        return m.Success ? m.Groups["g"].Value : null;
    }

    [GeneratedRegex(@"\b(?:\d+|an?|one|half\s+an?)\s*(?:minutes?|mins?|hours?|hrs?|h)\s+(?:before(?:hand)?|ahead|earlier|in\s+advance|prior)\b|提前\s*(?:[0-9]+|[一二两三四五六七八九十半]+)\s*个?\s*(?:分钟|小时|钟头)|(?:[0-9]+|[一二两三四五六七八九十半]+)\s*个?\s*(?:分钟|小时|钟头)\s*前\s*提醒", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReminderLead();

    [GeneratedRegex(@"\b(?:online|video|virtual|remote)\s+(?:meeting|call|conference)\b|\bonline\b|线上会议|线上|网络会议|腾讯会议|视频会议", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Online();

    [GeneratedRegex(@"\b(?:remind|notify)\s+(?:the\s+)?(?!me\b|us\b|everyone\b|all\b|them\b)(?<g>[a-z][\w-]*)(?:\s+(?:group|team|channel))?|(?:提醒|通知)(?<g>[^\s,.;、我]{1,10}?)(?:组|群|团队)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Remind();
}
