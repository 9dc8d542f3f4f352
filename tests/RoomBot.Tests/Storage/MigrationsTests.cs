using Microsoft.EntityFrameworkCore;
using RoomBot.Sandbox.Storage.DesignTime;
using RoomBot.Storage.DesignTime;

namespace RoomBot.Tests.Storage;

/// <summary>
/// Every context on every provider has a migration for each model change; fails the moment an entity changes
/// without one (the fix is one command, see src/RoomBot/Storage/Migrations/README.md).
/// </summary>
public sealed class MigrationsTests
{
    public static TheoryData<string> Contexts => new()
    {
        "SqliteBotDbContext", "PostgresBotDbContext", "SqliteSandboxDbContext", "PostgresSandboxDbContext",
    };

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Model_EveryChange_HasAMigration(string context)
    {
        using var db = Create(context);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"{context} has model changes that no migration holds: run src/RoomBot/Storage/Migrations/add-migration.sh NAME " +
            "(src/RoomBot/Storage/Migrations/README.md).");
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Migrations_OfAProvider_StayInItsOwnFolder(string context)
    {
        using var db = Create(context);
        var folder = context.StartsWith("Sqlite", StringComparison.Ordinal) ? ".Migrations.Sqlite" : ".Migrations.PostgreSQL";

        var migrations = db.Database.GetMigrations().ToList();

        Assert.NotEmpty(migrations);
        Assert.All(db.GetType().Assembly.GetTypes()
                .Where(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute), false)
                    .Cast<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>().Any(a => a.ContextType == db.GetType())),
            t => Assert.EndsWith(folder, t.Namespace, StringComparison.Ordinal));
    }

    private static DbContext Create(string context) => context switch
    {
        "SqliteBotDbContext" => new SqliteBotDbContextFactory().CreateDbContext([]),
        "PostgresBotDbContext" => new PostgresBotDbContextFactory().CreateDbContext([]),
        "SqliteSandboxDbContext" => new SqliteSandboxDbContextFactory().CreateDbContext([]),
        "PostgresSandboxDbContext" => new PostgresSandboxDbContextFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(context)),
    };
}
