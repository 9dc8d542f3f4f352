using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Directory;

/// <summary>
/// What <see cref="WorkplaceDirectory"/> last read, shared across turns. Kept apart from the directory itself so the
/// typed WeCom client stays per turn (a singleton must not hold an IHttpClientFactory client).
/// </summary>
public sealed class DirectoryCache
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public (IReadOnlyList<MeetingRoom> Value, DateTimeOffset At)? Rooms { get; set; }

    public (IReadOnlyList<DirectoryUser> Value, DateTimeOffset At)? Users { get; set; }
}
