using Microsoft.EntityFrameworkCore;

namespace RoomBot.Storage;

/// <summary>
/// What the bot must remember itself: everything else lives in WeCom. One subclass per provider
/// (<see cref="SqliteBotDbContext"/>, <see cref="PostgresBotDbContext"/>) carries that provider's migrations, as EF
/// recommends for several providers; code asks for <c>IDbContextFactory&lt;BotDbContext&gt;</c> (or a scoped
/// <c>BotDbContext</c>) and gets the configured one.
/// </summary>
public abstract class BotDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>EF's history table for the bot's migrations (the sandbox keeps its own).</summary>
    public const string HistoryTable = "__EFMigrationsHistory";

    public DbSet<ProcessedCallback> ProcessedCallbacks => Set<ProcessedCallback>();

    // Other entities are found through their IEntityTypeConfiguration in RoomBot.Storage(.*); use Set<T>().

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly,
            t => t.Namespace?.StartsWith(typeof(BotDbContext).Namespace!, StringComparison.Ordinal) == true);
}
