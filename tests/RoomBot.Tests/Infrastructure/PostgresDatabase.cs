using Npgsql;

namespace RoomBot.Tests.Infrastructure;

/// <summary>
/// A database of its own on the run's <see cref="PostgresCluster"/> for one test class (an <c>IClassFixture</c>), so
/// classes never see each other's rows; dropped when the class is done. Hosts started on it migrate it themselves.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private static int _count;

    public string Name { get; } = $"roombot_test_{Environment.ProcessId}_{Interlocked.Increment(ref _count)}";

    public string ConnectionString => PostgresCluster.ConnectionString(Name);

    /// <summary>The host settings that put RoomBot on this database.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSQL",
        ["ConnectionStrings:RoomBot"] = ConnectionString,
    };

    public Task InitializeAsync() => PostgresCluster.ExecuteAsync($"CREATE DATABASE \"{Name}\"");

    /// <summary>Empties every table but the migration history, so the next test starts from a migrated, empty database.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var list = new NpgsqlCommand(
            "SELECT string_agg(format('%I', tablename), ', ') FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_%'",
            connection);
        if (await list.ExecuteScalarAsync() is string tables)
        {
            await using var truncate = new NpgsqlCommand($"TRUNCATE {tables} RESTART IDENTITY", connection);
            await truncate.ExecuteNonQueryAsync();
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresCluster.ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}
