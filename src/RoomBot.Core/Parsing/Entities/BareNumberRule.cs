using System.Text.RegularExpressions;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>
/// A bare <c>N号</c> is usually a day of the month (<c>10号下午2点</c>); it names a room only when another day is said
/// elsewhere (<c>订7号 明天下午3点</c>) or it follows a booking verb with no time after it (<c>订7号</c>).
/// </summary>
internal static partial class BareNumberRule
{
    public static bool NamesRoom(string before, string after) =>
        OtherDay().IsMatch(before) || OtherDay().IsMatch(after)
        || (BookingVerbEnd().IsMatch(before) && !TimeOrOfAfter().IsMatch(after));

    [GeneratedRegex(@"今天|明天|后天|大后天|今晚|明早|明晚|[周星期礼拜][一二三四五六日天]|下周|这周|本周|下个?星期|[0-9一二三四五六七八九十]+月|[0-9]+日|[0-9]+/[0-9]+")]
    private static partial Regex OtherDay();

    [GeneratedRegex(@"(?:订|预定|预订|约|定|取消|用|查|查看|看|看看|要)(?:一下|个|下)?\s*$")]
    private static partial Regex BookingVerbEnd();

    [GeneratedRegex(@"^\s*(?:的|上午|下午|中午|晚上|早上|凌晨|傍晚|[0-9]{1,2}\s*[点:：]|[一二两三四五六七八九十]+点)")]
    private static partial Regex TimeOrOfAfter();
}
