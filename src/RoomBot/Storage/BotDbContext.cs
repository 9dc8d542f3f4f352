using Microsoft.EntityFrameworkCore;

namespace RoomBot.Storage;

/// <summary>What the bot must remember itself: everything else lives in WeCom.</summary>
public sealed class BotDbContext(DbContextOptions<BotDbContext> options) : DbContext(options)
{
    public DbSet<ProcessedCallback> ProcessedCallbacks => Set<ProcessedCallback>();

    // Other entities are found through their IEntityTypeConfiguration in RoomBot.Storage(.*); use Set<T>().

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly,
            t => t.Namespace?.StartsWith(typeof(BotDbContext).Namespace!, StringComparison.Ordinal) == true);
}
