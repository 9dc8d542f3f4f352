using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoomBot.Core.Conversation;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Directory;

/// <summary>
/// Caches the room list and the member list for <see cref="RoomBotOptions.DirectoryCacheLifetime"/>: every message
/// needs both, and rooms change rarely. A failed member refresh keeps the last list (names are a nicety; rooms are not).
/// </summary>
public sealed partial class WorkplaceDirectory(
    IWeComApi api,
    DirectoryCache cache,
    TimeProvider time,
    IOptions<RoomBotOptions> options,
    ILogger<WorkplaceDirectory> logger) : IWorkplaceDirectory
{
    public async Task<IReadOnlyList<MeetingRoom>> RoomsAsync(CancellationToken ct)
    {
        if (Fresh(cache.Rooms) is { } rooms)
        {
            return rooms;
        }

        await cache.Gate.WaitAsync(ct);
        try
        {
            if (Fresh(cache.Rooms) is { } again)
            {
                return again;
            }

            var list = await api.ListMeetingRoomsAsync(null, ct);
            cache.Rooms = (list, time.GetUtcNow());
            return list;
        }
        finally
        {
            cache.Gate.Release();
        }
    }

    public async Task<IReadOnlyList<DirectoryUser>> UsersAsync(CancellationToken ct)
    {
        if (Fresh(cache.Users) is { } users)
        {
            return users;
        }

        await cache.Gate.WaitAsync(ct);
        try
        {
            if (Fresh(cache.Users) is { } again)
            {
                return again;
            }

            IReadOnlyList<DirectoryUser> list;
            try
            {
                list = await api.ListUsersAsync(1, ct);
            }
            catch (WeComApiException ex)
            {
                LogUsersFailed(logger, ex.ErrCode, ex.ErrMsg);
                list = cache.Users?.Value ?? [];
            }

            cache.Users = (list, time.GetUtcNow());
            return list;
        }
        finally
        {
            cache.Gate.Release();
        }
    }

    private T? Fresh<T>((T Value, DateTimeOffset At)? cached) where T : class =>
        cached is { } c && time.GetUtcNow() - c.At < options.Value.DirectoryCacheLifetime ? c.Value : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "user/list failed: errcode {ErrCode}, {ErrMsg}; names shown as userids")]
    private static partial void LogUsersFailed(ILogger logger, int errCode, string errMsg);
}
