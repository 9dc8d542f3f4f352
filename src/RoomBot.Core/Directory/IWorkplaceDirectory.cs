using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Directory;

/// <summary>The corp's rooms (<c>oa/meetingroom/list</c>) and members (<c>user/list</c>), cached for a short while.</summary>
public interface IWorkplaceDirectory
{
    Task<IReadOnlyList<MeetingRoom>> RoomsAsync(CancellationToken ct);

    Task<IReadOnlyList<DirectoryUser>> UsersAsync(CancellationToken ct);
}
