using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoomBot.Storage;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Hosting;

/// <summary>
/// <c>/healthz/live</c>, <c>/healthz/ready</c> and <c>/healthz</c> on SQLite; <see cref="HealthEndpointsPostgresTests"/>
/// runs them on PostgreSQL. Each test gets a new, empty database.
/// </summary>
public class HealthEndpointsTests : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }
    }

    /// <summary>Settings for a new, empty database; SQLite files by default.</summary>
    protected virtual Task<IDictionary<string, string?>> NewDatabaseAsync(Action<IAsyncDisposable> own) =>
        Task.FromResult<IDictionary<string, string?>>(new Dictionary<string, string?>());

    [Fact]
    public async Task Get_MigratedDatabase_LiveReadyAndHealthzAnswer200()
    {
        var app = await StartAsync(await NewDatabaseAsync(_owned.Add));
        var client = app.CreateClient();

        foreach (var path in new[] { "/healthz/live", "/healthz/ready", "/healthz" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task GetReady_MigrationsNotAppliedYet_503SayingWhatIsMissingUntilMigrateRuns()
    {
        var settings = await NewDatabaseAsync(_owned.Add);
        settings["Database:MigrateOnStart"] = "false";
        var app = await StartAsync(settings);
        var client = app.CreateClient();

        var notReady = await client.GetAsync("/healthz/ready");
        var live = await client.GetAsync("/healthz/live");
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(default);
        var ready = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        // A SQLite file does not exist yet; a PostgreSQL database may exist, empty.
        Assert.Matches(@"database: (the database of ConnectionStrings:RoomBot \(.+\) does not exist|BotDbContext lacks 1 migrations \(\d+_InitialCreate\)); run 'RoomBot migrate'",
            await notReady.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task GetReady_AMigrationMissing_503NamingIt()
    {
        var app = await StartAsync(await NewDatabaseAsync(_owned.Add));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\"");
        }

        var notReady = await app.CreateClient().GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Matches(@"BotDbContext lacks 1 migrations \(\d+_InitialCreate\); run 'RoomBot migrate'", await notReady.Content.ReadAsStringAsync());
    }

    protected async Task<RoomBotApplication> StartAsync(IDictionary<string, string?> settings)
    {
        // The sandbox's seeder needs its tables: these hosts run the bot alone.
        settings["Sandbox:Enabled"] = "false";
        var app = new RoomBotApplication(settings);
        _owned.Add(app);
        _ = app.Server;
        await Task.CompletedTask;
        return app;
    }
}
