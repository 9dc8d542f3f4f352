using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace RoomBot.Storage;

/// <summary>
/// Releases before migrations made their SQLite schema from EF's create script, with no history table. Such a file
/// is adopted once, keeping its rows: its tables and columns are checked against the first (baseline) migration,
/// tables and indexes it never got are created from that migration's own operations, and the baseline is recorded as
/// applied; the later migrations then run as usual. PostgreSQL databases always come from migrations.
/// </summary>
internal static class LegacySchemaAdoption
{
    /// <summary>Returns the baseline migration recorded, or null when the database needed no adoption.</summary>
    public static async Task<string?> AdoptAsync(DbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite() || !File.Exists(db.Database.GetDbConnection().DataSource))
        {
            return null;
        }

        var history = db.GetService<IHistoryRepository>();
        var migrations = db.GetService<IMigrationsAssembly>();
        if (migrations.Migrations.Count == 0 || await history.ExistsAsync(ct))
        {
            return null;
        }

        var (baselineId, baselineType) = migrations.Migrations.OrderBy(m => m.Key, StringComparer.Ordinal).First();
        var baseline = migrations.CreateMigration(baselineType, db.Database.ProviderName!);
        var tables = baseline.UpOperations.OfType<CreateTableOperation>().ToList();
        var existing = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in await NamesAsync(db, "SELECT name AS Value FROM sqlite_master WHERE type = 'table'", ct))
        {
            if (tables.Any(t => t.Name == name))
            {
                existing[name] = (await db.Database
                    .SqlQuery<string>($"SELECT name AS Value FROM pragma_table_info({name})").ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            }
        }

        if (existing.Count == 0)
        {
            return null; // a new database (or none of this context's tables yet): the migrations make everything
        }

        var missingColumns = tables.Where(t => existing.ContainsKey(t.Name))
            .SelectMany(t => t.Columns.Where(c => !existing[t.Name].Contains(c.Name)).Select(c => $"{t.Name}.{c.Name}"))
            .ToList();
        if (missingColumns.Count > 0)
        {
            throw new DatabaseStartupException(
                $"The database of {DatabaseOptions.ConnectionStringKey} predates migrations and lacks columns that " +
                $"{baselineId} expects ({string.Join(", ", missingColumns)}); it cannot be adopted automatically.");
        }

        var indexes = (await NamesAsync(db, "SELECT name AS Value FROM sqlite_master WHERE type = 'index'", ct)).ToHashSet(StringComparer.Ordinal);
        var missing = baseline.UpOperations.Where(op => op switch
        {
            CreateTableOperation table => !existing.ContainsKey(table.Name),
            CreateIndexOperation index => !indexes.Contains(index.Name),
            _ => false,
        }).ToList();

        var sql = db.GetService<IMigrationsSqlGenerator>().Generate(missing).Select(c => c.CommandText)
            .Append(history.GetCreateIfNotExistsScript())
            .Append(history.GetInsertScript(new HistoryRow(baselineId, ProductInfo.GetVersion())));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var statement in sql)
        {
            await db.Database.ExecuteSqlRawAsync(statement, ct);
        }

        await transaction.CommitAsync(ct);
        return baselineId;
    }

    private static Task<List<string>> NamesAsync(DbContext db, string sql, CancellationToken ct) =>
        db.Database.SqlQueryRaw<string>(sql).ToListAsync(ct);
}
