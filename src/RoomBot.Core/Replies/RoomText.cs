using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Replies;

/// <summary>How rooms and people are named in replies.</summary>
public static class RoomText
{
    /// <summary>"深圳 腾讯大厦 18F": city, building and floor as the room list gives them.</summary>
    public static string Location(MeetingRoom room) =>
        string.Join(' ', new[] { room.City, room.Building, room.Floor }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>A member's display name, or the userid when the directory does not know it.</summary>
    public static string Person(string userId, IReadOnlyList<DirectoryUser> users) =>
        users.FirstOrDefault(u => u.UserId == userId) is { Name.Length: > 0 } user ? user.Name : userId;

    public static string People(IEnumerable<string> userIds, IReadOnlyList<DirectoryUser> users, string separator) =>
        string.Join(separator, userIds.Select(u => Person(u, users)));
}
