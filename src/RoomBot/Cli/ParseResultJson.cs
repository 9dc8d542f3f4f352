using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using RoomBot.Core.Parsing;

namespace RoomBot.Cli;

/// <summary>Writes a <see cref="ParsedRequest"/> as the <c>parse</c> command's JSON line, field names as docs/parsing.md lists them.</summary>
internal static class ParseResultJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ParsedRequest r, TimeZoneInfo zone)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("intent", IntentName(r.Intent));
            WriteNumber(w, "meetingroom_id", r.MeetingRoomId);
            WriteInstant(w, "start", r.Start, zone);
            WriteInstant(w, "end", r.End, zone);
            WriteString(w, "date", r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteList(w, "attendees", r.Attendees, (x, v) => x.WriteStringValue(v));
            WriteString(w, "subject", r.Subject);
            WriteNumber(w, "capacity", r.Capacity);
            WriteString(w, "city", r.City);
            WriteString(w, "building", r.Building);
            WriteString(w, "floor", r.Floor);
            WriteList(w, "equipment", r.Equipment, (x, v) => x.WriteNumberValue(v));
            WriteRecurrence(w, r.Recurrence, zone);
            WriteString(w, "clarify", r.Clarify);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string IntentName(Intent intent) => intent switch
    {
        Intent.Book => "book",
        Intent.Cancel => "cancel",
        Intent.MyBookings => "my_bookings",
        Intent.RoomSchedule => "room_schedule",
        Intent.FreeRooms => "free_rooms",
        Intent.Help => "help",
        _ => "unknown",
    };

    private static void WriteRecurrence(Utf8JsonWriter w, Recurrence? recurrence, TimeZoneInfo zone)
    {
        if (recurrence is null)
        {
            w.WriteNull("recurrence");
            return;
        }

        w.WriteStartObject("recurrence");
        w.WriteString("freq", recurrence.Frequency.ToString().ToLowerInvariant());
        w.WriteNumber("interval", recurrence.Interval);
        WriteInstant(w, "until", recurrence.Until, zone);
        w.WriteEndObject();
    }

    private static void WriteInstant(Utf8JsonWriter w, string name, DateTimeOffset? value, TimeZoneInfo zone) =>
        WriteString(w, name, value is { } v
            ? TimeZoneInfo.ConvertTime(v, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : null);

    private static void WriteString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteList<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> values, Action<Utf8JsonWriter, T> item)
    {
        if (values.Count == 0)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartArray(name);
        foreach (var v in values)
        {
            item(w, v);
        }

        w.WriteEndArray();
    }
}
