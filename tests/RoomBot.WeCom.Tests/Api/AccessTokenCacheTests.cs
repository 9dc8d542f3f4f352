using Microsoft.Extensions.Time.Testing;
using RoomBot.WeCom.Api;

namespace RoomBot.WeCom.Tests.Api;

public class AccessTokenCacheTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
    private int _fetches;

    private Task<AccessToken> Fetch(CancellationToken ct)
    {
        var n = Interlocked.Increment(ref _fetches);
        return Task.FromResult(new AccessToken("tok" + n, TimeSpan.FromSeconds(7200)));
    }

    [Fact]
    public async Task Invalidate_CurrentToken_NextGetFetchesAgain()
    {
        var cache = new AccessTokenCache(_time);
        var first = await cache.GetAsync("corp", "secret", Fetch);

        cache.Invalidate(first);

        Assert.Equal("tok2", await cache.GetAsync("corp", "secret", Fetch));
    }

    [Fact]
    public async Task Invalidate_StaleToken_KeepsNewerToken()
    {
        var cache = new AccessTokenCache(_time);
        var stale = await cache.GetAsync("corp", "secret", Fetch);
        cache.Invalidate(stale);
        var current = await cache.GetAsync("corp", "secret", Fetch);

        // A second caller that also saw the refused tok1 must not throw away tok2.
        cache.Invalidate(stale);

        Assert.Equal(current, await cache.GetAsync("corp", "secret", Fetch));
        Assert.Equal(2, _fetches);
    }

    [Fact]
    public async Task GetAsync_DifferentSecrets_SeparateTokens()
    {
        var cache = new AccessTokenCache(_time);

        var a = await cache.GetAsync("corp", "secret-a", Fetch);
        var b = await cache.GetAsync("corp", "secret-b", Fetch);

        Assert.NotEqual(a, b);
        Assert.Equal(a, await cache.GetAsync("corp", "secret-a", Fetch));
    }

    [Fact]
    public async Task GetAsync_ShortLivedToken_RefreshedAtHalfLife()
    {
        var cache = new AccessTokenCache(_time);
        await cache.GetAsync("corp", "secret", _ => Task.FromResult(new AccessToken("short", TimeSpan.FromMinutes(6))));

        _time.Advance(TimeSpan.FromMinutes(2.9));
        Assert.Equal("short", await cache.GetAsync("corp", "secret", Fetch));
        _time.Advance(TimeSpan.FromMinutes(0.2));
        Assert.Equal("tok1", await cache.GetAsync("corp", "secret", Fetch));
    }

    [Fact]
    public async Task GetAsync_FetchFailsForConcurrentCallers_AllSeeOneFailure()
    {
        var cache = new AccessTokenCache(_time);
        var gate = new TaskCompletionSource<AccessToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<AccessToken> Failing(CancellationToken ct)
        {
            Interlocked.Increment(ref _fetches);
            return gate.Task;
        }

        var callers = Enumerable.Range(0, 5).Select(_ => cache.GetAsync("corp", "secret", Failing)).ToList();
        gate.SetException(new WeComApiException(WeComErrors.Busy, "system busy", "gettoken"));

        foreach (var caller in callers)
            await Assert.ThrowsAsync<WeComApiException>(() => caller);
        Assert.Equal(1, _fetches);
        // -1 is not a refusal: the next call may try again at once.
        Assert.Equal("tok2", await cache.GetAsync("corp", "secret", Fetch));
    }

    [Fact]
    public async Task GetAsync_FirstCallerCancels_OthersStillGetToken()
    {
        var cache = new AccessTokenCache(_time);
        var gate = new TaskCompletionSource<AccessToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cts = new CancellationTokenSource();

        var first = cache.GetAsync("corp", "secret", _ => gate.Task, cts.Token);
        var second = cache.GetAsync("corp", "secret", Fetch);
        await cts.CancelAsync();
        gate.SetResult(new AccessToken("shared", TimeSpan.FromHours(2)));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("shared", await second);
        Assert.Equal(0, _fetches);
    }
}
