using Microsoft.EntityFrameworkCore;

namespace RoomBot.Sandbox.Storage;

/// <summary>
/// The sandbox's WeCom state, kept in the bot's database in tables prefixed <c>sandbox_</c>, with migrations of its own
/// (one set per provider: <see cref="SqliteSandboxDbContext"/>, <see cref="PostgresSandboxDbContext"/>) recorded in
/// <see cref="HistoryTable"/>, apart from the bot's.
/// </summary>
public abstract class SandboxDbContext(DbContextOptions options) : DbContext(options)
{
    public const string HistoryTable = "__SandboxMigrationsHistory";

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
