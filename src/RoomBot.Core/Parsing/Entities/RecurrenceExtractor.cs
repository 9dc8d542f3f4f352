using System.Text.RegularExpressions;
using RoomBot.Core.Parsing.Text;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>
/// <c>every monday</c>/<c>每周一</c> (weekly), <c>every day</c>/<c>每天</c> (daily), <c>workdays</c>/<c>工作日</c>,
/// <c>every month</c>/<c>每月</c>, <c>every other week</c>/<c>隔周</c>/<c>每两周</c> (interval 2). Only the repeat word is masked:
/// "every friday 4pm" leaves "friday 4pm" for the recogniser, which then yields the first occurrence.
/// </summary>
internal static partial class RecurrenceExtractor
{
    public static RecurrenceMatch? Extract(MaskedText text)
    {
        var current = text.Current;
        // Before the plain repeats: "下周一到周五每天" would otherwise be read as workdays from tomorrow.
        var m = NextWeekSpan().Match(current);
        if (m.Success)
        {
            text.Mask(m.Index, m.Length);
            var frequency = m.Groups["daily"].Success ? RecurrenceFrequency.Daily : RecurrenceFrequency.Workdays;
            return new RecurrenceMatch(frequency, 1, NextWeek: true);
        }

        m = Workdays().Match(current);
        if (m.Success)
        {
            text.Mask(m.Index, m.Length);
            return new RecurrenceMatch(RecurrenceFrequency.Workdays, 1);
        }

        m = EveryN().Match(current);
        if (m.Success)
        {
            text.Mask(m.Index, m.Length);
            var n = ChineseNumerals.Parse(m.Groups["n"].Value) ?? 2;
            return new RecurrenceMatch(UnitFrequency(m.Groups["unit"].Value), Math.Max(n, 1));
        }

        m = EveryWeekday().Match(current);
        if (m.Success)
        {
            // Mask only the repeat word; the weekday stays for the first occurrence.
            text.Mask(m.Groups["marker"].Index, m.Groups["marker"].Length);
            return new RecurrenceMatch(RecurrenceFrequency.Weekly, m.Groups["other"].Success ? 2 : 1);
        }

        m = EveryUnit().Match(current);
        if (m.Success)
        {
            text.Mask(m.Index, m.Length);
            return new RecurrenceMatch(UnitFrequency(m.Groups["unit"].Value), m.Groups["other"].Success ? 2 : 1);
        }

        return null;
    }

    private static RecurrenceFrequency UnitFrequency(string unit) => unit.ToLowerInvariant() switch
    {
        "day" or "days" or "daily" or "天" or "日" or "天天" => RecurrenceFrequency.Daily,
        "month" or "months" or "monthly" or "月" or "个月" => RecurrenceFrequency.Monthly,
        _ => RecurrenceFrequency.Weekly,
    };

    [GeneratedRegex(@"\b(?:every\s+(?<daily>day)|(?<daily>daily)|every\s+(?:week\s*day|work\s*day|business\s+day)s?)\s+(?:of\s+|during\s+)?next\s+week\b|\bnext\s+week\s*,?\s+(?:every\s+(?<daily>day)|(?<daily>daily)|every\s+(?:week\s*day|work\s*day|business\s+day)s?)\b|\b(?:mon(?:day)?\s*(?:to|through|thru|-)\s*fri(?:day)?|(?:monday\s+)?through\s+friday)\s+next\s+week\b|\bnext\s+week\s+mon(?:day)?\s*(?:to|through|thru|-)\s*fri(?:day)?\b|下个?(?:周|星期|礼拜)[一1]?(?:到|至|-|~)(?:周|星期|礼拜)?[五5](?:每天|天天)?|下个?(?:周|星期|礼拜)(?:的)?(?:(?<daily>每天|天天)|每个?工作日|工作日)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextWeekSpan();

    [GeneratedRegex(@"\b(?:every\s+(?:week\s*day|work\s*day|business\s+day)s?|on\s+(?:week\s*days|work\s*days)|(?:week\s*days|work\s*days)(?:\s+only)?)\b|每个?(?:工作日)|工作日|周一到周五|周一至周五", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Workdays();

    [GeneratedRegex(@"\bevery\s+(?<n>\d+)\s+(?<unit>days?|weeks?|months?)\b|每(?<n>[0-9]+|[两二三四]+)个?(?<unit>天|周|星期|月)(?![一二三四五六日天])|(?<unit>隔)周", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryN();

    [GeneratedRegex(@"(?<marker>\bevery\s+(?<other>other\s+)?|\bon\s+(?=\w+days\b)|每个?(?=(?:周|星期|礼拜)[一二三四五六日天]))(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)s?\b|周|星期|礼拜)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryWeekday();

    [GeneratedRegex(@"\bevery\s+(?<other>other\s+)?(?<unit>day|week|month)\b|\b(?<unit>daily|weekly|monthly)\b|每(?<unit>天|日|周|星期|月)|(?<unit>天天)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryUnit();
}
