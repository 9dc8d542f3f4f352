using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoomBot.Sandbox.Storage;

namespace RoomBot.Sandbox;

/// <summary>
/// Adds the configured demo rooms, users and webhook robots that are not in the database yet. Existing rows (also
/// rooms edited or deleted through the API) are left alone, so the API's changes survive a restart.
/// Runs after the host's migrations, which are registered first.
/// </summary>
internal sealed class SandboxSeeder(IDbContextFactory<SandboxDbContext> contexts, IOptions<SandboxOptions> options, IConfiguration configuration,
    TimeProvider time, ILogger<SandboxSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var rooms = await AddRoomsAsync(db, cancellationToken);
            var users = await AddMembersAsync(db, cancellationToken);
            var robots = await AddRobotsAsync(db, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Sandbox seeded {Rooms} rooms, {Users} users and {Robots} webhook robots", rooms, users, robots);
                return;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // Another instance on the same database seeded the same rows a moment earlier: look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<int> AddRoomsAsync(SandboxDbContext db, CancellationToken ct)
    {
        var known = (await db.Rooms.Select(r => r.MeetingRoomId).ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var room in options.Value.Rooms.Where(r => r.MeetingRoomId > 0 && known.Add(r.MeetingRoomId)))
        {
            db.Rooms.Add(new SandboxRoom
            {
                MeetingRoomId = room.MeetingRoomId,
                Name = room.Name,
                Capacity = room.Capacity,
                City = room.City,
                Building = room.Building,
                Floor = room.Floor,
                Equipment = [.. room.Equipment],
                NeedApproval = room.NeedApproval != 0,
            });
            added++;
        }

        return added;
    }

    private async Task<int> AddMembersAsync(SandboxDbContext db, CancellationToken ct)
    {
        var known = (await db.Members.Select(m => m.UserId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var user in options.Value.Users.Where(u => u.UserId.Length > 0 && known.Add(u.UserId)))
        {
            db.Members.Add(new SandboxMember { UserId = user.UserId, Name = user.Name, City = user.City, Building = user.Building });
            added++;
        }

        return added;
    }

    /// <summary><c>Reminders:Webhooks</c> maps a group's name to its robot key: those keys are valid for webhook/send.</summary>
    private async Task<int> AddRobotsAsync(SandboxDbContext db, CancellationToken ct)
    {
        var known = (await db.Groups.Where(g => g.WebhookKey != null).Select(g => g.WebhookKey!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var entry in configuration.GetSection("Reminders:Webhooks").GetChildren())
        {
            if (string.IsNullOrEmpty(entry.Value) || !known.Add(entry.Value))
            {
                continue;
            }

            db.Groups.Add(new SandboxGroup
            {
                GroupId = SandboxGroup.RobotGroupId(entry.Value),
                Kind = SandboxGroupKind.Robot,
                Name = entry.Key,
                WebhookKey = entry.Value,
                CreatedAt = time.GetUtcNow().ToUnixTimeSeconds(),
            });
            added++;
        }

        return added;
    }
}
