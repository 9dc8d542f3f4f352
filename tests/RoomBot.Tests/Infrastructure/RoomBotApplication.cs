using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace RoomBot.Tests.Infrastructure;

/// <summary>
/// The real host (bot + sandbox) in-process (TodoApi's TodoApplication shape) on a fresh SQLite file, with a
/// <see cref="FakeTimeProvider"/> for the clock. Settings and service replacements are added before the first request;
/// several instances may share one database file to play a restart or a second instance, and <see cref="RestartAsync"/>
/// starts a fresh host on the same database, clock and settings.
/// </summary>
public sealed class RoomBotApplication : WebApplicationFactory<Program>
{
    /// <summary>Monday 2026-06-01 09:00 in Asia/Shanghai: a working morning, far from any day boundary (the default clock).</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 6, 1, 1, 0, 0, TimeSpan.Zero);

    /// <summary>2026-11-24 10:00 in Shanghai, the reference "now" of the docs.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    private readonly List<Action<IServiceCollection>> _services = [];
    private bool _ownsDatabase;

    /// <param name="databasePath">An existing database to use (and leave in place); by default a new temporary file that is deleted on dispose.</param>
    public RoomBotApplication(string? databasePath = null, FakeTimeProvider? time = null)
        : this(null, time, databasePath, ownsDatabase: databasePath is null)
    {
    }

    /// <param name="settings">Configuration overrides (also reachable through <see cref="Settings"/>).</param>
    public RoomBotApplication(IDictionary<string, string?> settings, FakeTimeProvider? time = null, string? databasePath = null)
        : this(settings, time, databasePath, ownsDatabase: databasePath is null)
    {
    }

    private RoomBotApplication(IDictionary<string, string?>? settings, FakeTimeProvider? time, string? databasePath, bool ownsDatabase)
    {
        _ownsDatabase = ownsDatabase;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"roombot-test-{Guid.NewGuid():N}.db");
        Time = time ?? new FakeTimeProvider(DefaultStart);
        Settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase);
        Settings.TryAdd("Sandbox:Enabled", "true");
    }

    public FakeTimeProvider Time { get; }

    public string DatabasePath { get; }

    /// <summary>Configuration overrides, applied when the host is built (change them before the first request).</summary>
    public Dictionary<string, string?> Settings { get; }

    public TestLogSink Logs { get; } = new();

    public RoomBotApplication WithSetting(string key, string? value)
    {
        Settings[key] = value;
        return this;
    }

    public RoomBotApplication WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>
    /// Stops this host and returns a new one on the same database, clock, settings and service replacements; the new
    /// one now owns (and eventually deletes) the database, so dispose it too.
    /// </summary>
    public async Task<RoomBotApplication> RestartAsync()
    {
        var next = new RoomBotApplication(Settings, Time, DatabasePath, _ownsDatabase);
        next._services.AddRange(_services);
        _ownsDatabase = false;
        await DisposeAsync();
        return next;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The shipped appsettings.json is copied next to the test binaries.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("ConnectionStrings:RoomBot", $"Data Source={DatabasePath}");
        foreach (var (key, value) in Settings)
        {
            // UseSetting reaches Program.cs before Build(), where it reads flags such as Sandbox:Enabled.
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton(Time);
            foreach (var configure in _services)
            {
                configure(services);
            }
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
        if (disposing)
        {
            DeleteDatabase();
        }
    }

    private void DeleteDatabase()
    {
        if (_ownsDatabase)
        {
            TempDatabase.Delete(DatabasePath);
        }
    }
}
