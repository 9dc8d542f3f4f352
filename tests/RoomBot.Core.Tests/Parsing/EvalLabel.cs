using System.Globalization;
using System.Text.Json;
using RoomBot.Core.Parsing;

namespace RoomBot.Core.Tests.Parsing;

/// <summary>Compares a result with one eval label the way ../shared/eval/score.py does.</summary>
internal static class EvalLabel
{
    public static IEnumerable<string> Mismatches(JsonElement expect, ParsedRequest r, TimeZoneInfo zone)
    {
        foreach (var field in expect.EnumerateObject())
        {
            var want = field.Value;
            var (ok, got) = field.Name switch
            {
                "intent" => Same(want.GetString(), IntentName(r.Intent)),
                "meetingroom_id" => Same(want.ValueKind == JsonValueKind.Null ? null : want.GetInt32().ToString(CultureInfo.InvariantCulture),
                    r.MeetingRoomId?.ToString(CultureInfo.InvariantCulture)),
                "start" => Same(want.GetString(), Local(r.Start, zone)),
                "end" => Same(want.GetString(), Local(r.End, zone)),
                "date" => Same(want.GetString(), r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Local(r.Start, zone)?[..10]),
                "attendees" => Same(string.Join(",", want.EnumerateArray().Select(a => a.GetString()).Order()), string.Join(",", r.Attendees.Order())),
                "subject" => Same(want.GetString(), r.Subject?.Trim()),
                "capacity" => Same(want.GetInt32().ToString(CultureInfo.InvariantCulture), r.Capacity?.ToString(CultureInfo.InvariantCulture)),
                "recurrence" => Same(want.GetString(), r.Recurrence?.Frequency.ToString().ToLowerInvariant()),
                "clarify" => Same(want.GetBoolean().ToString(), (r.Clarify is not null).ToString()),
                _ => (false, $"unknown field {field.Name}"),
            };
            if (!ok)
            {
                yield return $"{field.Name}: expected {want}, got {got}";
            }
        }
    }

    private static (bool, string?) Same(string? want, string? got) => (want == got, got);

    private static string? Local(DateTimeOffset? value, TimeZoneInfo zone) =>
        value is { } v ? TimeZoneInfo.ConvertTime(v, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : null;

    private static string IntentName(Intent intent) => intent switch
    {
        Intent.MyBookings => "my_bookings",
        Intent.RoomSchedule => "room_schedule",
        Intent.FreeRooms => "free_rooms",
        _ => intent.ToString().ToLowerInvariant(),
    };
}
