using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace RoomBot.Storage;

/// <summary>
/// Brings every registered context's schema to this release with EF Core migrations (each context with its own
/// history table), adopting a SQLite file made before migrations existed. Used at start-up
/// (<c>Database:MigrateOnStart</c>), by the <c>migrate</c> command and, read-only, by the readiness check. Any failure
/// to reach or change the database becomes a <see cref="DatabaseStartupException"/> naming the settings to check.
/// </summary>
public sealed partial class DatabaseMigrator(
    IServiceProvider services,
    IEnumerable<DbContextRegistration> registrations,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseMigrator> logger)
{
    public const string AddMigrationHelp = "src/RoomBot/Storage/Migrations/README.md";

    /// <summary>Applies what is pending, context by context; EF's migration lock keeps concurrent instances apart.</summary>
    public async Task<IReadOnlyList<MigrationReport>> MigrateAsync(CancellationToken ct)
    {
        var reports = new List<MigrationReport>();
        foreach (var registration in registrations)
        {
            reports.Add(await UseAsync(registration, db => MigrateAsync(registration.Name, db, ct)));
        }

        return reports;
    }

    /// <summary>Whether each context's database is reachable and what it still lacks; changes nothing.</summary>
    public async Task<IReadOnlyList<DatabaseStatus>> StatusAsync(CancellationToken ct)
    {
        var statuses = new List<DatabaseStatus>();
        foreach (var registration in registrations)
        {
            statuses.Add(await UseAsync(registration, async db =>
                new DatabaseStatus(registration.Name, await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct),
                    await PendingAsync(db, ct))));
        }

        return statuses;
    }

    private async Task<T> UseAsync<T>(DbContextRegistration registration, Func<DbContext, Task<T>> work)
    {
        var settings = options.Value;
        CreateSqliteFolder(settings);
        await using var db = registration.Create(services);
        try
        {
            return await work(db);
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or System.Net.Sockets.SocketException ||
                                   ex.InnerException is DbException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new DatabaseStartupException(
                $"the {settings.ProviderKind} database of {DatabaseOptions.ConnectionStringKey} ({Describe(settings)}; " +
                $"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)} = {settings.ProviderKind}) cannot be used: " +
                FirstLine(ex), ex);
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains(nameof(RelationalEventId.PendingModelChangesWarning), StringComparison.Ordinal))
        {
            throw new DatabaseStartupException(
                $"The model of {registration.Name} has changes that no {settings.ProviderKind} migration holds: add a " +
                $"migration for both providers (see {AddMigrationHelp}).", ex);
        }
    }

    private async Task<MigrationReport> MigrateAsync(string name, DbContext db, CancellationToken ct)
    {
        var provider = db.Database.ProviderName;
        var adopted = await LegacySchemaAdoption.AdoptAsync(db, ct);
        if (adopted is not null)
        {
            LogAdopted(logger, name, adopted);
        }

        if (await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct))
        {
            // Made first, the history table is never probed while missing (which the provider logs as a failed command).
            try
            {
                await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);
            }
            catch (DbException) when (db.Database.IsNpgsql())
            {
                // Another instance made it at the same moment; MigrateAsync below works under EF's migration lock.
            }
        }

        var pending = await PendingAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets web requests and background services read while one of them writes (kept in the file).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        LogMigrated(logger, name, provider, pending.Count, db.Database.GetMigrations().LastOrDefault() ?? "none");
        return new MigrationReport(name, pending, adopted);
    }

    private static async Task<IReadOnlyList<string>> PendingAsync(DbContext db, CancellationToken ct) =>
        await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct) && await db.GetService<IHistoryRepository>().ExistsAsync(ct)
            ? (await db.Database.GetPendingMigrationsAsync(ct)).ToList()
            : db.Database.GetMigrations().ToList();

    private static void CreateSqliteFolder(DatabaseOptions settings)
    {
        if (settings.ProviderKind != DatabaseProvider.Sqlite)
        {
            return;
        }

        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        if (file is { Length: > 0 } and not ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>Where the database is, without credentials.</summary>
    internal static string Describe(DatabaseOptions settings)
    {
        try
        {
            if (settings.ProviderKind == DatabaseProvider.PostgreSQL)
            {
                var pg = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
                return $"host {pg.Host}:{pg.Port}, database {pg.Database ?? pg.Username ?? "(default)"}";
            }

            return "file " + Path.GetFullPath(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
        }
        catch (ArgumentException)
        {
            return "unreadable connection string";
        }
    }

    private static string FirstLine(Exception ex)
    {
        var message = ex is DbException || ex.InnerException is null ? ex.Message : ex.InnerException.Message;
        return message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? ex.GetType().Name;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Context}: adopted a database made before migrations; recorded {Migration} as applied")]
    private static partial void LogAdopted(ILogger logger, string context, string migration);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Context} on {Provider}: applied {Count} migrations, schema at {Migration}")]
    private static partial void LogMigrated(ILogger logger, string context, string? provider, int count, string migration);
}
