using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace RoomBot.Tests.Infrastructure;

/// <summary>
/// The real host in-process (TodoApi's TodoApplication shape): a temporary SQLite file per instance, a
/// <see cref="FakeTimeProvider"/> instead of the clock, and configuration overrides as in-memory settings.
/// <see cref="RestartAsync"/> starts a fresh host on the same database and clock, for persistence tests.
/// </summary>
public sealed class RoomBotApplication : WebApplicationFactory<Program>
{
    /// <summary>Monday 2026-06-01 09:00 in Asia/Shanghai: a working morning, far from any day boundary.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 6, 1, 1, 0, 0, TimeSpan.Zero);

    private bool _ownsDatabase;

    /// <param name="databasePath">An existing database to use (and leave in place); by default a new temporary file that is deleted on dispose.</param>
    public RoomBotApplication(IDictionary<string, string?>? settings = null, FakeTimeProvider? time = null, string? databasePath = null)
        : this(settings, time, databasePath, ownsDatabase: databasePath is null)
    {
    }

    private RoomBotApplication(IDictionary<string, string?>? settings, FakeTimeProvider? time, string? databasePath, bool ownsDatabase)
    {
        _ownsDatabase = ownsDatabase;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"roombot-test-{Guid.NewGuid():N}.db");
        Time = time ?? new FakeTimeProvider(DefaultStart);
        Settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase)
        {
            ["ConnectionStrings:RoomBot"] = $"Data Source={DatabasePath}",
        };
        Settings.TryAdd("Sandbox:Enabled", "true");
    }

    public FakeTimeProvider Time { get; }
    public string DatabasePath { get; }
    /// <summary>Configuration overrides, applied when the host is built (change them before the first request).</summary>
    public Dictionary<string, string?> Settings { get; }

    /// <summary>
    /// Stops this host and returns a new one on the same database, clock and settings; the new one now owns (and
    /// eventually deletes) the database, so dispose it too.
    /// </summary>
    public async Task<RoomBotApplication> RestartAsync()
    {
        var next = new RoomBotApplication(Settings, Time, DatabasePath, _ownsDatabase);
        _ownsDatabase = false;
        await DisposeAsync();
        return next;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings)
        {
            // UseSetting reaches Program.cs before Build(), where it reads flags such as Sandbox:Enabled.
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton(Time);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteDatabase();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        DeleteDatabase();
    }

    private void DeleteDatabase()
    {
        if (!_ownsDatabase)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}
