using Microsoft.Extensions.Options;

namespace RoomBot.Sandbox.Page;

/// <summary>The demo users (<c>Sandbox:Users</c>) a person can play on the page.</summary>
internal sealed class PageUsers(IOptions<SandboxOptions> options)
{
    public IReadOnlyList<SandboxUser> All => options.Value.Users;

    public SandboxUser? Find(string? userId) =>
        string.IsNullOrEmpty(userId) ? null : options.Value.Users.FirstOrDefault(u => u.UserId == userId);

    public string? NameOf(string userId) => Find(userId)?.Name;

    public string UnknownUserMessage(string? userId) => string.IsNullOrEmpty(userId)
        ? "userId is required."
        : $"Unknown userId '{userId}': pick one of the sandbox users ({string.Join(", ", options.Value.Users.Select(u => u.UserId))}).";
}
