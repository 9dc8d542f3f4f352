using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace RoomBot.Tests.Infrastructure;

/// <summary>
/// The real host (bot + sandbox) in-process on a fresh SQLite file, with a <see cref="FakeTimeProvider"/> for the
/// clock. Settings and service replacements are added before the first request; several instances may share one
/// database file to play a restart or a second instance.
/// </summary>
public sealed class RoomBotApplication : WebApplicationFactory<Program>
{
    /// <summary>2026-11-24 10:00 in Shanghai, the reference "now" of the docs.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings = new();
    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly bool _ownsDatabase;

    public RoomBotApplication(string? databasePath = null, FakeTimeProvider? time = null)
    {
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"roombot-test-{Guid.NewGuid():N}.db");
        Time = time ?? new FakeTimeProvider(DefaultNow);
    }

    public FakeTimeProvider Time { get; }

    public string DatabasePath { get; }

    public TestLogSink Logs { get; } = new();

    public RoomBotApplication WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public RoomBotApplication WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The shipped appsettings.json is copied next to the test binaries.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("ConnectionStrings:RoomBot", $"Data Source={DatabasePath}");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
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
