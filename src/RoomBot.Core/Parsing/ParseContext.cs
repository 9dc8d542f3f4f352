using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Parsing;

/// <summary>
/// What a message is understood against: the reference instant, the user's zone, the room list, the directory and
/// who is speaking (never counted as an attendee).
/// </summary>
public sealed record ParseContext(
    DateTimeOffset Now,
    TimeZoneInfo TimeZone,
    IReadOnlyList<MeetingRoom> Rooms,
    IReadOnlyList<DirectoryUser> Users,
    string SpeakerUserId);
