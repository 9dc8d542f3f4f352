using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;
using RoomBot.Hosting;
using RoomBot.Reminders;
using RoomBot.WeCom.Api;

namespace RoomBot.Tests.Reminders;

/// <summary>
/// The real reminder registration (options, SQLite stores, runner, optionally the worker) on a database file, with a
/// fake clock and a recording WeCom API. Several hosts on one file stand for restarts and for two instances.
/// </summary>
internal sealed class ReminderTestHost : IAsyncDisposable
{
    /// <summary>Tue 24 Nov 2026 10:07 in Shanghai.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 7, 0, TimeSpan.Zero);

    public const string DesignKey = "design-robot-key-0001";

    private readonly IHost host;

    private ReminderTestHost(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;
    public IMeetingReminders Reminders => Services.GetRequiredService<IMeetingReminders>();
    public IReminderConversation Conversation => Services.GetRequiredService<IReminderConversation>();
    public ReminderRunner Runner => Services.GetRequiredService<ReminderRunner>();
    public IReminderStore Store => Services.GetRequiredService<IReminderStore>();

    public static async Task<ReminderTestHost> StartAsync(string database, FakeTimeProvider time, FakeWeComApi api,
        bool worker = false, IDictionary<string, string?>? settings = null)
    {
        var host = Build(database, time, api, worker, settings);
        await host.StartAsync();
        return new ReminderTestHost(host);
    }

    public static IHost Build(string database, FakeTimeProvider time, FakeWeComApi api, bool worker,
        IDictionary<string, string?>? settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var config = new Dictionary<string, string?>
        {
            ["ConnectionStrings:RoomBot"] = $"Data Source={database}",
            ["RoomBot:TimeZone"] = "Asia/Shanghai",
            ["Reminders:LeadMinutes"] = "10",
            ["Reminders:Webhooks:design"] = DesignKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.AddRoomBotStorage();
        builder.AddRoomBotReminders();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IWeComApi>(api);
        if (!worker)
        {
            // Passes are driven by the test (Runner.RunDueAsync), so "nothing more was sent" can be asserted.
            builder.Services.RemoveAll<IHostedService>();
            builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<RoomBot.Storage.DatabaseStartup>(sp));
        }

        return builder.Build();
    }

    public static string NewDatabase() => Path.Combine(Path.GetTempPath(), $"roombot-reminders-{Guid.NewGuid():N}.db");

    public static void DeleteDatabase(string database)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }
    }

    public static ScheduledMeeting Meeting(string bookingId, DateTimeOffset start, string? group = null,
        Language language = Language.English, params string[] attendees) =>
        new(bookingId, 1, "Room 1", "Shenzhen Tencent Tower 18F", start, start.AddHours(1), "zhangsan",
            attendees, "Weekly sync", group, language);

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
