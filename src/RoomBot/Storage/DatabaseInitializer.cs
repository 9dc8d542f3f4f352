using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace RoomBot.Storage;

/// <summary>
/// Creates every registered context's tables and indexes at start-up. Several contexts share one database (the bot's
/// and the sandbox's), so EnsureCreated, which gives up as soon as any table exists, is not enough. The model's own
/// create script runs with IF NOT EXISTS on each statement (valid in SQLite and PostgreSQL alike), which makes it
/// idempotent and lets a release add tables and indexes; changed columns would need a real migration.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceProvider services,
    IEnumerable<DbContextRegistration> registrations,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var type in registrations.Select(r => r.ContextType).Distinct())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            await EnsureSchemaAsync(db, cancellationToken);
            logger.LogInformation("Schema of {Context} is ready", type.Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task EnsureSchemaAsync(DbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            await creator.CreateAsync(ct);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets web requests and background services read while one of them writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        foreach (var statement in IdempotentStatements(db.Database.GenerateCreateScript()))
        {
            await db.Database.ExecuteSqlRawAsync(statement, ct);
        }
    }

    internal static IEnumerable<string> IdempotentStatements(string script) =>
        script.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 0)
            .Select(s => s
                .Replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ", StringComparison.Ordinal)
                .Replace("CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS ", StringComparison.Ordinal)
                .Replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", StringComparison.Ordinal));
}
