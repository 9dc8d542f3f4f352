using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoomBot.WeCom.Api;

namespace RoomBot.WeCom.Tests.Api;

/// <summary>The client as the host registers it (<see cref="WeComServiceCollectionExtensions.AddWeComClient"/>), on a stub WeCom.</summary>
public sealed class ApiFixture : IDisposable
{
    public const string CorpId = "ww5f3e9c1a7d2b4e60";
    public const string Secret = "s3cret-Abc123";

    private readonly ServiceProvider _services;

    public ApiFixture(string apiBaseUrl = "https://qyapi.example.test")
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Options.Create(new WeComOptions
        {
            CorpId = CorpId,
            AgentId = 1000002,
            Secret = Secret,
            Token = "RoomBotToken2026",
            EncodingAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
            ApiBaseUrl = apiBaseUrl,
        }));
        services.AddWeComClient().ConfigurePrimaryHttpMessageHandler(() => Stub);
        _services = services.BuildServiceProvider();
        Api = _services.GetRequiredService<IWeComApi>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
    public StubWeCom Stub { get; } = new();
    public CapturedLogs Logs { get; } = new();
    public IWeComApi Api { get; }
    public AccessTokenCache Tokens => _services.GetRequiredService<AccessTokenCache>();

    /// <summary>Moves fake time in small steps until <paramref name="task"/> ends (backoff delays run on fake time).</summary>
    public async Task<TimeSpan> RunOnFakeTimeAsync(Task task)
    {
        var start = Time.GetUtcNow();
        for (var i = 0; i < 5000 && !task.IsCompleted; i++)
        {
            Time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.WhenAny(task, Task.Delay(1));
        }
        Assert.True(task.IsCompleted, "the call did not finish");
        return Time.GetUtcNow() - start;
    }

    public void Dispose() => _services.Dispose();
}
