using System.Globalization;

namespace RoomBot.Core.Conversation;

/// <summary>
/// A button's key: what the click does, in the button itself (≤ 1024 bytes, unique within the card; doc 90236).
/// <see cref="From"/>/<see cref="To"/> are Unix seconds: the offered window, or the day of a series to cancel.
/// </summary>
public sealed record CardActionKey(CardActionKind Kind, int RoomId, string BookingId = "", long From = 0, long To = 0)
{
    public static CardActionKey Cancel(int roomId, string bookingId) => new(CardActionKind.Cancel, roomId, bookingId);

    public static CardActionKey Book(int roomId, DateTimeOffset start, DateTimeOffset end) =>
        new(CardActionKind.Book, roomId, From: start.ToUnixTimeSeconds(), To: end.ToUnixTimeSeconds());

    public static CardActionKey Pick(int roomId, string bookingId) => new(CardActionKind.Pick, roomId, bookingId);

    public static CardActionKey CancelDate(int roomId, string seriesId, DateTimeOffset day) =>
        new(CardActionKind.CancelDate, roomId, seriesId, day.ToUnixTimeSeconds());

    public static CardActionKey CancelSeries(int roomId, string seriesId) => new(CardActionKind.CancelSeries, roomId, seriesId);

    public override string ToString() => Kind switch
    {
        CardActionKind.Cancel => $"cancel:{RoomId}:{BookingId}",
        CardActionKind.Book => Invariant($"book:{RoomId}:{From}:{To}"),
        CardActionKind.Pick => $"pick:{RoomId}:{BookingId}",
        CardActionKind.CancelDate => Invariant($"cancel-date:{RoomId}:{BookingId}:{From}"),
        _ => $"cancel-series:{RoomId}:{BookingId}",
    };

    public static bool TryParse(string? key, out CardActionKey action)
    {
        action = null!;
        var parts = key?.Split(':') ?? [];
        if (parts.Length < 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var room))
        {
            return false;
        }

        CardActionKey? parsed = (parts[0], parts.Length) switch
        {
            ("cancel", 3) => Cancel(room, parts[2]),
            ("pick", 3) => Pick(room, parts[2]),
            ("cancel-series", 3) => CancelSeries(room, parts[2]),
            ("book", 4) when Long(parts[2]) is { } from && Long(parts[3]) is { } to =>
                new(CardActionKind.Book, room, From: from, To: to),
            ("cancel-date", 4) when Long(parts[3]) is { } day => new(CardActionKind.CancelDate, room, parts[2], day),
            _ => null,
        };
        if (parsed is null || (parsed.Kind != CardActionKind.Book && parsed.BookingId.Length == 0))
        {
            return false;
        }

        action = parsed;
        return true;
    }

    private static long? Long(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
