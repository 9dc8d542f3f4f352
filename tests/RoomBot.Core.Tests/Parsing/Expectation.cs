using System.Globalization;
using RoomBot.Core.Parsing;

namespace RoomBot.Core.Tests.Parsing;

/// <summary>
/// A compact expected result, so case tables stay one line each: <c>"intent=book;room=7;start=2026-11-25T15:00"</c>.
/// Keys: intent, room, start, end, date (local, "null" for absent), attendees and equipment (comma lists), subject,
/// capacity, city, building, floor, recurrence (freq[/interval][/until day]), clarify (yes|no), lang (en|zh).
/// Keys left out are not checked.
/// </summary>
internal static class Expectation
{
    public static void Check(ParsedRequest actual, string spec)
    {
        foreach (var part in spec.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = part[..eq].Trim();
            var want = part[(eq + 1)..].Trim();
            Assert.True(want == Actual(actual, key), $"{key}: expected '{want}', got '{Actual(actual, key)}' ({spec})");
        }
    }

    private static string Actual(ParsedRequest r, string key) => key switch
    {
        "intent" => r.Intent.ToString().ToLowerInvariant(),
        "room" => r.MeetingRoomId?.ToString(CultureInfo.InvariantCulture) ?? "null",
        "start" => Local(r.Start),
        "end" => Local(r.End),
        "date" => r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null",
        "attendees" => string.Join(",", r.Attendees),
        "equipment" => string.Join(",", r.Equipment),
        "subject" => r.Subject ?? "null",
        "capacity" => r.Capacity?.ToString(CultureInfo.InvariantCulture) ?? "null",
        "city" => r.City ?? "null",
        "building" => r.Building ?? "null",
        "floor" => r.Floor ?? "null",
        "recurrence" => Recurrence(r.Recurrence),
        "clarify" => r.Clarify is null ? "no" : "yes",
        "lang" => r.Language == Language.Chinese ? "zh" : "en",
        "online" => r.OnlineMeeting ? "yes" : "no",
        "group" => r.ReminderGroup ?? "null",
        _ => throw new ArgumentException($"unknown key {key}"),
    };

    private static string Local(DateTimeOffset? value) => value is { } v
        ? TimeZoneInfo.ConvertTime(v, ParserFixture.Shanghai).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
        : "null";

    private static string Recurrence(Recurrence? r)
    {
        if (r is null)
        {
            return "null";
        }

        var text = r.Frequency.ToString().ToLowerInvariant();
        if (r.Interval != 1 || r.Until is not null)
        {
            text += "/" + r.Interval.ToString(CultureInfo.InvariantCulture);
        }

        if (r.Until is { } until)
        {
            text += "/" + TimeZoneInfo.ConvertTime(until, ParserFixture.Shanghai).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return text;
    }
}
