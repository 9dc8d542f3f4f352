using Microsoft.EntityFrameworkCore;

namespace RoomBot.Storage;

/// <summary>What the bot must remember itself: everything else lives in WeCom.</summary>
public sealed class BotDbContext(DbContextOptions<BotDbContext> options) : DbContext(options)
{
    public DbSet<ProcessedCallback> ProcessedCallbacks => Set<ProcessedCallback>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly,
            t => t.Namespace == typeof(BotDbContext).Namespace);
}
