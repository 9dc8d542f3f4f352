using System.Net;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Hosting;

/// <summary>The health endpoints on PostgreSQL, and readiness turning red when the database goes away.</summary>
public sealed class HealthEndpointsPostgresTests : HealthEndpointsTests
{
    protected override async Task<IDictionary<string, string?>> NewDatabaseAsync(Action<IAsyncDisposable> own)
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        own(new AsyncDisposer(database.DisposeAsync));
        return database.Settings;
    }

    [Fact]
    public async Task GetReady_DatabaseDropped_503NamingTheKeyWhileLiveStays200()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        var app = await StartAsync(database.Settings);
        var client = app.CreateClient();

        await database.DisposeAsync();
        var ready = await client.GetAsync("/healthz/ready");
        var live = await client.GetAsync("/healthz/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("ConnectionStrings:RoomBot", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private sealed class AsyncDisposer(Func<Task> dispose) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await dispose();
    }
}
