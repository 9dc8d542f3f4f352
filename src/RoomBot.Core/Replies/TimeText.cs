using System.Globalization;
using RoomBot.Core.Parsing;

namespace RoomBot.Core.Replies;

/// <summary>Dates and times as replies show them; the instants are already in the corp's zone.</summary>
public static class TimeText
{
    private static readonly string[] ChineseWeekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public static string Day(DateTimeOffset local, Language language) => language == Language.Chinese
        ? $"{local.Month}月{local.Day}日{ChineseWeekdays[(int)local.DayOfWeek]}"
        : local.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day, Language language) =>
        Day(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), language);

    public static string Clock(DateTimeOffset local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Wed 25 Nov 15:00–16:00" / "11月25日周三 15:00–16:00"; the end's day is named when it differs.</summary>
    public static string Range(DateTimeOffset start, DateTimeOffset end, Language language)
    {
        var endText = start.Date == end.Date || (end.TimeOfDay == TimeSpan.Zero && end.Date == start.Date.AddDays(1))
            ? (end.TimeOfDay == TimeSpan.Zero ? "24:00" : Clock(end))
            : $"{Day(end, language)} {Clock(end)}";
        return $"{Day(start, language)} {Clock(start)}–{endText}";
    }
}
