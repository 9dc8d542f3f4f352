using Microsoft.Extensions.Time.Testing;

namespace RoomBot.Tests.Reminders;

/// <summary>A fresh database file, clock and WeCom fake per test; hosts started through it are stopped at the end.</summary>
public abstract class ReminderHostTestBase : IAsyncLifetime
{
    private readonly List<ReminderTestHost> hosts = [];

    internal string Database { get; } = ReminderTestHost.NewDatabase();
    internal FakeTimeProvider Time { get; } = new(ReminderTestHost.Now);
    internal FakeWeComApi Api { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

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
        var host = await ReminderTestHost.StartAsync(Database, Time, api ?? Api, worker, settings);
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
