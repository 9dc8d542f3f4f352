using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Storage;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Storage;

/// <summary>
/// A database made by the release before migrations (main at 8dd5fda, run on the sandbox: bookings and their cards,
/// a cancelled card, reminders and their jobs, an app chat, a chat-registered robot, pending questions, the callback
/// ledger and every sandbox table; Storage/Fixtures/roombot-8dd5fda.db) starts on this release with every row kept.
/// </summary>
public sealed class LegacySchemaAdoptionTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(RepoPaths.Root, "tests", "RoomBot.Tests", "Storage", "Fixtures", "roombot-8dd5fda.db");

    private readonly TempDatabase _database = new();

    public LegacySchemaAdoptionTests() => File.Copy(Fixture, _database.Path);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Start_DatabaseOfTheReleaseBeforeMigrations_AdoptedWithEveryRow()
    {
        var before = await CountRowsAsync();
        Assert.All(before, t => Assert.True(t.Value > 0, $"the fixture has rows in {t.Key}"));
        var taskId = await ScalarAsync("SELECT TaskId FROM sent_cards WHERE State = 0 LIMIT 1");

        await using var app = new RoomBotApplication(_database.Path);
        _ = app.Server;

        Assert.Equal(before, (await CountRowsAsync()).Where(t => before.ContainsKey(t.Key)).ToDictionary());
        Assert.Equal("1", await ScalarAsync("SELECT count(*) FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_InitialCreate'"));
        Assert.Equal("1", await ScalarAsync("SELECT count(*) FROM __SandboxMigrationsHistory WHERE MigrationId LIKE '%_InitialCreate'"));
        await using var scope = app.Services.CreateAsyncScope();
        var card = await scope.ServiceProvider.GetRequiredService<ICardStore>().FindAsync(taskId!, default);
        Assert.NotNull(card?.BookingId);
        Assert.Empty((await app.Services.GetRequiredService<DatabaseMigrator>().StatusAsync(default)).SelectMany(s => s.Pending));
    }

    [Fact]
    public async Task Start_LegacyDatabaseWithoutATable_CreatesItAndKeepsTheRest()
    {
        await ExecuteAsync("DROP TABLE reminder_jobs");
        var cards = await ScalarAsync("SELECT count(*) FROM sent_cards");

        await using var app = new RoomBotApplication(_database.Path);
        _ = app.Server;

        Assert.Equal("0", await ScalarAsync("SELECT count(*) FROM reminder_jobs"));
        Assert.Equal("1", await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name = 'IX_reminder_jobs_NotBeforeMs'"));
        Assert.Equal(cards, await ScalarAsync("SELECT count(*) FROM sent_cards"));
    }

    [Fact]
    public async Task Start_LegacyDatabaseMissingAColumn_RefusesNamingIt()
    {
        await ExecuteAsync("ALTER TABLE processed_callbacks DROP COLUMN reply_xml");

        var (exitCode, _, stderr) = await RoomBotProcess.RunAsync(
            new Dictionary<string, string> { ["ConnectionStrings:RoomBot"] = $"Data Source={_database.Path}" }, "migrate");

        Assert.Equal(1, exitCode);
        Assert.Contains("processed_callbacks.reply_xml", stderr, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:RoomBot", stderr, StringComparison.Ordinal);
        Assert.Equal("0", await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name LIKE '\\_\\_%' ESCAPE '\\'"));
    }

    private async Task<Dictionary<string, long>> CountRowsAsync()
    {
        await using var connection = Open();
        var tables = new List<string>();
        await using (var list = new SqliteCommand(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = new SqliteCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = Open();
        await using var command = new SqliteCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = Open();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        connection.Open();
        return connection;
    }
}
