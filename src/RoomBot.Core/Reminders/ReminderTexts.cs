using System.Globalization;
using System.Text;
using RoomBot.Core.Parsing;

namespace RoomBot.Core.Reminders;

/// <summary>
/// The words of the reminders, in the booking's language, with times shown in the corp's zone (<c>RoomBot:TimeZone</c>);
/// instants stay UTC everywhere else.
/// </summary>
public sealed class ReminderTexts(TimeZoneInfo zone)
{
    /// <summary>Text bodies of appchat/send and webhook/send are limited to 2048 bytes (docs 90248, 91770).</summary>
    public const int MaxTextBytes = 2048;

    private const string ChineseWeekdays = "日一二三四五六";

    /// <summary>The group reminder: room (name and location), start–end in the zone, subject, booker, attendees.</summary>
    public string Reminder(ScheduledMeeting meeting, DateTimeOffset now)
    {
        var minutes = MinutesUntil(meeting.Start, now);
        var zh = meeting.Language == Language.Chinese;
        var text = new StringBuilder();
        if (zh)
        {
            text.Append(CultureInfo.InvariantCulture, $"⏰ 会议提醒：{minutes}分钟后开始");
            text.Append(meeting.Subject is { Length: > 0 } s ? $"「{s}」" : "").Append('\n');
            text.Append("会议室：").Append(Room(meeting)).Append('\n');
            text.Append("时间：").Append(When(meeting)).Append('\n');
            text.Append("预订人：").Append(meeting.Booker);
            if (meeting.Attendees.Count > 0)
            {
                text.Append("\n参会人：").Append(string.Join("、", meeting.Attendees));
            }
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"⏰ Meeting in {minutes} min");
            text.Append(meeting.Subject is { Length: > 0 } s ? $": {s}" : "").Append('\n');
            text.Append("Room: ").Append(Room(meeting)).Append('\n');
            text.Append("Time: ").Append(When(meeting)).Append('\n');
            text.Append("Booked by: ").Append(meeting.Booker);
            if (meeting.Attendees.Count > 0)
            {
                text.Append("\nAttendees: ").Append(string.Join(", ", meeting.Attendees));
            }
        }

        return Fit(text.ToString());
    }

    /// <summary>"The room is free again", to the groups; <paramref name="releasedBy"/> null = no-show released by the bot.</summary>
    public string Released(ScheduledMeeting meeting, string? releasedBy, int? autoReleaseMinutes) =>
        Fit(meeting.Language == Language.Chinese
            ? $"🟢 会议室已释放：{Room(meeting)}，{When(meeting)}。" + (releasedBy is null
                ? $"开始后{autoReleaseMinutes}分钟内无人签到，预订已自动取消，会议室可以重新预订。"
                : $"{releasedBy} 释放了预订，会议室可以重新预订。")
            : $"🟢 The room is free again: {Room(meeting)}, {When(meeting)}. " + (releasedBy is null
                ? $"Nobody checked in within {autoReleaseMinutes} min of the start, so the booking was cancelled."
                : $"{releasedBy} released the booking."));

    /// <summary>The booker's 1:1 note after the bot released a no-show.</summary>
    public string ReleasedForBooker(ScheduledMeeting meeting, int? autoReleaseMinutes) =>
        Fit(meeting.Language == Language.Chinese
            ? $"你预订的{Room(meeting)}（{When(meeting)}）开始后{autoReleaseMinutes}分钟内无人签到，已自动释放。"
            : $"Your booking of {Room(meeting)} ({When(meeting)}) was released: nobody checked in within {autoReleaseMinutes} min of the start.");

    /// <summary>The name of a new app group chat: its people, as it is reused for every meeting they share.</summary>
    public static string AppChatName(ScheduledMeeting meeting, IReadOnlyList<string> members)
    {
        var name = (meeting.Language == Language.Chinese ? "会议提醒 · " : "Meetings · ") + string.Join(", ", members);
        // appchat/create: name at most 50 characters (doc 90245).
        return name.Length <= 50 ? name : name[..49] + "…";
    }

    public static string Room(ScheduledMeeting meeting) =>
        string.IsNullOrWhiteSpace(meeting.RoomLocation)
            ? meeting.RoomName
            : meeting.Language == Language.Chinese
                ? $"{meeting.RoomName}（{meeting.RoomLocation}）"
                : $"{meeting.RoomName} ({meeting.RoomLocation})";

    /// <summary>Start–end in the zone, with the date: "Tue 24 Nov 15:00–16:00" / "11月24日 周二 15:00–16:00".</summary>
    public string When(ScheduledMeeting meeting)
    {
        var start = TimeZoneInfo.ConvertTime(meeting.Start, zone);
        var end = TimeZoneInfo.ConvertTime(meeting.End, zone);
        var sameDay = start.Date == end.Date;
        if (meeting.Language == Language.Chinese)
        {
            var endText = sameDay ? end.ToString("HH:mm", CultureInfo.InvariantCulture) : ChineseDate(end);
            return $"{ChineseDate(start)}–{endText}";
        }

        var format = "ddd d MMM HH:mm";
        return start.ToString(format, CultureInfo.InvariantCulture) + "–" +
               end.ToString(sameDay ? "HH:mm" : format, CultureInfo.InvariantCulture);
    }

    /// <summary>Whole minutes left, rounded up, so "in 10 min" is never shown as 9 because of a second's delay.</summary>
    public static int MinutesUntil(DateTimeOffset start, DateTimeOffset now) =>
        Math.Max(0, (int)Math.Ceiling((start - now).TotalMinutes - 0.05));

    /// <summary>Cuts a text to the byte limit of WeCom's text messages without splitting a character.</summary>
    public static string Fit(string text, int maxBytes = MaxTextBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var budget = maxBytes - Encoding.UTF8.GetByteCount("…");
        var end = 0;
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > budget)
            {
                break;
            }

            used += rune.Utf8SequenceLength;
            end += rune.Utf16SequenceLength;
        }

        return text[..end] + "…";
    }

    private static string ChineseDate(DateTimeOffset local) =>
        FormattableString.Invariant($"{local.Month}月{local.Day}日 周{ChineseWeekdays[(int)local.DayOfWeek]} {local:HH:mm}");
}
