using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace RoomBot.Tests.Infrastructure;

/// <summary>
/// The real host (bot + sandbox) in-process on a fresh SQLite file, with a <see cref="FakeTimeProvider"/> for the
/// clock (TodoApi's TodoApplication shape). Settings and service replacements are added before the first request;
/// several instances may share one database file to play a restart or a second instance, and <see cref="RestartAsync"/>
/// stops this host and starts a new one on the same database, clock, settings and services.
/// </summary>
public sealed class RoomBotApplication : WebApplicationFactory<Program>
{
    /// <summary>2026-11-24 10:00 in Shanghai, the reference "now" of the docs.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    private readonly List<Action<IServiceCollection>> _services = [];
    private bool _ownsDatabase;

    /// <param name="databasePath">An existing database to share (left in place); by default a new temporary file deleted on dispose.</param>
    public RoomBotApplication(string? databasePath = null, FakeTimeProvider? time = null)
        : this(null, time, databasePath, ownsDatabase: databasePath is null)
    {
    }

    /// <param name="settings">Configuration overrides, as if from environment variables.</param>
    public RoomBotApplication(IDictionary<string, string?> settings, FakeTimeProvider? time = null, string? databasePath = null)
        : this(settings, time, databasePath, ownsDatabase: databasePath is null)
    {
    }

    private RoomBotApplication(IDictionary<string, string?>? settings, FakeTimeProvider? time, string? databasePath, bool ownsDatabase)
    {
        _ownsDatabase = ownsDatabase;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"roombot-test-{Guid.NewGuid():N}.db");
        Time = time ?? new FakeTimeProvider(DefaultNow);
        Settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>(), StringComparer.OrdinalIgnoreCase);
    }

    public FakeTimeProvider Time { get; }

    public string DatabasePath { get; }

    public TestLogSink Logs { get; } = new();

    /// <summary>Configuration overrides, applied when the host is built (change them before the first request).</summary>
    public Dictionary<string, string?> Settings { get; }

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
    /// Stops this host and returns a new one on the same database, clock, settings and services; the new one takes
    /// over the database's clean-up, so dispose it too.
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
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton(Time);
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            TempDatabase.Delete(DatabasePath);
        }
    }
}
