using Microsoft.EntityFrameworkCore;
using RoomBot.Sandbox.Auth;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Api;

/// <summary><c>gettoken</c> (doc 91039) and <c>user/list</c> (doc 90201): every member sits in department 1.</summary>
internal static class DirectoryApi
{
    public static async Task<WeComResponse> GetTokenAsync(ApiContext c) =>
        await c.Service<AccessTokenService>().IssueAsync(c.Query("corpid"), c.Query("corpsecret"), c.Aborted);

    public static async Task<WeComResponse> ListUsersAsync(ApiContext c)
    {
        var members = await c.Service<SandboxDbContext>().Members.AsNoTracking().OrderBy(m => m.UserId).ToListAsync(c.Aborted);
        return new SandboxUserListResponse { UserList = members.Select(m => new SandboxUserEntry { UserId = m.UserId, Name = m.Name }).ToList() };
    }
}
