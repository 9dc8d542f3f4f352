using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoomBot.Core.Conversation;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Directory;

/// <summary>
/// Caches the room list and the member list for <see cref="ConversationOptions.DirectoryCacheLifetime"/>: every message
/// needs both, and rooms change rarely. A failed member refresh keeps the last list (names are a nicety; rooms are not).
/// </summary>
public sealed partial class WorkplaceDirectory(
    IWeComApi api,
    TimeProvider time,
    IOptions<ConversationOptions> options,
    ILogger<WorkplaceDirectory> logger) : IWorkplaceDirectory
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Cached<IReadOnlyList<MeetingRoom>>? _rooms;
    private Cached<IReadOnlyList<DirectoryUser>>? _users;

    public async Task<IReadOnlyList<MeetingRoom>> RoomsAsync(CancellationToken ct)
    {
        if (Fresh(_rooms) is { } rooms)
        {
            return rooms;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (Fresh(_rooms) is { } again)
            {
                return again;
            }

            var list = await api.ListMeetingRoomsAsync(null, ct);
            _rooms = new(list, time.GetUtcNow());
            return list;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<DirectoryUser>> UsersAsync(CancellationToken ct)
    {
        if (Fresh(_users) is { } users)
        {
            return users;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (Fresh(_users) is { } again)
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
                list = _users?.Value ?? [];
            }

            _users = new(list, time.GetUtcNow());
            return list;
        }
        finally
        {
            _gate.Release();
        }
    }

    private T? Fresh<T>(Cached<T>? cached) where T : class =>
        cached is not null && time.GetUtcNow() - cached.At < options.Value.DirectoryCacheLifetime ? cached.Value : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "user/list failed: errcode {ErrCode}, {ErrMsg}; names shown as userids")]
    private static partial void LogUsersFailed(ILogger logger, int errCode, string errMsg);

    private sealed record Cached<T>(T Value, DateTimeOffset At);
}
