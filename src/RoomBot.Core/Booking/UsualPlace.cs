using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Booking;

/// <summary>Where a user usually meets, learned from the rooms of their past bookings through the bot.</summary>
public sealed record UsualPlace(string? City, string? Building)
{
    /// <summary>The most frequent city/building among <paramref name="recentRoomIds"/>; null when there is no history.</summary>
    public static UsualPlace? From(IEnumerable<int> recentRoomIds, IReadOnlyList<MeetingRoom> rooms) =>
        recentRoomIds
            .Select(id => rooms.FirstOrDefault(r => r.MeetingRoomId == id))
            .OfType<MeetingRoom>()
            .GroupBy(r => (r.City, r.Building))
            .OrderByDescending(g => g.Count())
            .Select(g => new UsualPlace(g.Key.City, g.Key.Building))
            .FirstOrDefault();
}
