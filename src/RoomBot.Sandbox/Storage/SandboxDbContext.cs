using Microsoft.EntityFrameworkCore;

namespace RoomBot.Sandbox.Storage;

/// <summary>The sandbox's WeCom state, kept in the bot's database in tables prefixed <c>sandbox_</c>.</summary>
public sealed class SandboxDbContext(DbContextOptions<SandboxDbContext> options) : DbContext(options)
{
    public DbSet<SandboxRoom> Rooms => Set<SandboxRoom>();
    public DbSet<SandboxMember> Members => Set<SandboxMember>();
    public DbSet<SandboxAccessToken> AccessTokens => Set<SandboxAccessToken>();
    public DbSet<SandboxSchedule> Schedules => Set<SandboxSchedule>();
    public DbSet<SandboxBooking> Bookings => Set<SandboxBooking>();
    public DbSet<SandboxChatMessage> ChatMessages => Set<SandboxChatMessage>();
    public DbSet<SandboxGroup> Groups => Set<SandboxGroup>();
    public DbSet<SandboxGroupMessage> GroupMessages => Set<SandboxGroupMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SandboxDbContext).Assembly,
            t => t.Namespace == typeof(SandboxDbContext).Namespace);
}
