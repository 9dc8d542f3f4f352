using RoomBot.Core.Parsing;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Booking;

/// <summary>Which rooms suit a request, best first: the user's usual place, then the smallest that fits.</summary>
public static class RoomChooser
{
    /// <summary>How many people the room must seat: the capacity asked for, else the attendees plus the booker.</summary>
    public static int People(ParsedRequest request) => request.Capacity ?? request.Attendees.Count + 1;

    public static bool Fits(MeetingRoom room, ParsedRequest request) =>
        room.Capacity >= People(request)
        && Matches(request.City, room.City)
        && Matches(request.Building, room.Building)
        && Matches(request.Floor, room.Floor)
        && request.Equipment.All(room.Equipment.Contains);

    /// <summary>Bookable rooms (no approval) that fit, ordered: same building as <paramref name="usual"/>, same city, then smallest.</summary>
    public static IEnumerable<MeetingRoom> Rank(IEnumerable<MeetingRoom> rooms, ParsedRequest request, UsualPlace? usual) =>
        rooms.Where(r => !r.RequiresApproval && Fits(r, request))
            .OrderBy(r => Closeness(r, usual))
            .ThenBy(r => r.Capacity)
            .ThenBy(r => r.MeetingRoomId);

    private static int Closeness(MeetingRoom room, UsualPlace? usual) => usual switch
    {
        null => 0,
        _ when Same(room.City, usual.City) && Same(room.Building, usual.Building) => 0,
        _ when Same(room.City, usual.City) => 1,
        _ => 2,
    };

    private static bool Matches(string? wanted, string? actual) =>
        string.IsNullOrWhiteSpace(wanted) || Same(wanted, actual);

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
