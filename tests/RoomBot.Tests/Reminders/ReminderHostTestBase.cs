using Microsoft.Extensions.Time.Testing;

namespace RoomBot.Tests.Reminders;

/// <summary>
/// A fresh database file, clock and WeCom fake per test; hosts started through it are stopped at the end. A subclass
/// may put the hosts on PostgreSQL instead (<see cref="DatabaseSettings"/>, emptied in <see cref="InitializeAsync"/>).
/// </summary>
public abstract class ReminderHostTestBase : IAsyncLifetime
{
    private readonly List<ReminderTestHost> hosts = [];

    internal string Database { get; } = ReminderTestHost.NewDatabase();
    internal FakeTimeProvider Time { get; } = new(ReminderTestHost.Now);
    internal FakeWeComApi Api { get; } = new();

    /// <summary>Settings that move the hosts off the SQLite file <see cref="Database"/>; none by default.</summary>
    protected virtual IDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        ReminderTestHost.DeleteDatabase(Database);
    }

    internal async Task<ReminderTestHost> StartHostAsync(bool worker = false, IDictionary<string, string?>? settings = null,
        FakeWeComApi? api = null)
    {
        var merged = new Dictionary<string, string?>(DatabaseSettings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var host = await ReminderTestHost.StartAsync(Database, Time, api ?? Api, worker, merged);
        hosts.Add(host);
        return host;
    }

    /// <summary>Stops a host early (a restart); it is not stopped again at the end.</summary>
    internal async Task StopHostAsync(ReminderTestHost host)
    {
        hosts.Remove(host);
        await host.DisposeAsync();
    }
}
