using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Storage;

/// <summary>The built RoomBot.dll and its <c>migrate</c> command against real databases, as an operator runs them.</summary>
public sealed class DatabaseStartupTests(PostgresDatabase postgres) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Start_PostgreSqlUnreachable_ExitsNamingTheKeysWithoutThePassword()
    {
        var (exitCode, stdout, stderr) = await RoomBotProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:RoomBot"] = "Host=127.0.0.1;Port=1;Database=roombot;Username=roombot;Password=hunter2;Timeout=3",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("RoomBot cannot start", stderr, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:RoomBot", stderr, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PostgreSqlWithTheShippedSqliteConnectionString_ExitsNamingTheKey()
    {
        var (exitCode, _, stderr) = await RoomBotProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "postgresql",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("configuration is invalid", stderr, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:RoomBot must be a PostgreSQL connection string", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_NewSqliteFile_AppliesBothContextsThenIsUpToDate()
    {
        using var database = new TempDatabase();
        var environment = new Dictionary<string, string> { ["ConnectionStrings:RoomBot"] = $"Data Source={database.Path}" };

        var first = await RoomBotProcess.RunAsync(environment, "migrate");
        var second = await RoomBotProcess.RunAsync(environment, "migrate");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"BotDbContext \(Sqlite, .*\): applied 1 migration\(s\): \d+_InitialCreate", first.Stdout);
        Assert.Matches(@"SandboxDbContext \(Sqlite, .*\): applied 1 migration\(s\): \d+_InitialCreate", first.Stdout);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("BotDbContext (Sqlite, file " + database.Path + "): up to date", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_PostgreSql_AppliesWithTheServiceConfiguration()
    {
        var (exitCode, stdout, stderr) = await RoomBotProcess.RunAsync(
            postgres.Settings.ToDictionary(s => s.Key, s => s.Value!), "migrate", "--Sandbox:Enabled=false");

        Assert.True(exitCode == 0, stderr);
        Assert.Matches(@"BotDbContext \(PostgreSQL, host 127\.0\.0\.1:\d+, database roombot_test_\w+\): applied 1 migration\(s\)", stdout);
        Assert.DoesNotContain("SandboxDbContext", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_UnknownArgument_PrintsUsage()
    {
        var (exitCode, _, stderr) = await RoomBotProcess.RunAsync(new Dictionary<string, string>(), "migrate", "now");

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: migrate", stderr, StringComparison.Ordinal);
    }
}
