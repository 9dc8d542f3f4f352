using Microsoft.Extensions.DependencyInjection;
using RoomBot.Storage;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Callback;

/// <summary>The ledger on SQLite; <see cref="CallbackLedgerPostgresTests"/> runs the same tests on PostgreSQL.</summary>
public class CallbackLedgerTests : IAsyncLifetime
{
    private static readonly TimeSpan ReclaimAfter = TimeSpan.FromSeconds(3);

    private readonly Lazy<RoomBotApplication> _app;

    // Lazy (thread-safe): the concurrency tests touch App from eight threads at once, and DatabaseSettings is only
    // ready after a subclass's constructor ran.
    public CallbackLedgerTests() =>
        _app = new Lazy<RoomBotApplication>(() => new RoomBotApplication(DatabaseSettings).WithInteropKeys());

    private RoomBotApplication App => _app.Value;

    /// <summary>Settings that move the host off its own SQLite file; none by default.</summary>
    protected virtual IDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();

    [Fact]
    public async Task TryBeginAsync_EightDeliveriesAtOnce_ExactlyOneBegins()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<CallbackLedger>().TryBeginAsync("k0", ReclaimAfter, default)).State;
        })));

        Assert.Single(outcomes, o => o == LedgerClaimState.Begun);
        Assert.All(outcomes.Where(o => o != LedgerClaimState.Begun), o => Assert.Equal(LedgerClaimState.InFlight, o));
    }

    [Fact]
    public async Task TryBeginAsync_StaleClaimTakenOverByEightAtOnce_ExactlyOneTakesIt()
    {
        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CallbackLedger>().TryBeginAsync("k9", ReclaimAfter, default);
        }

        App.Time.Advance(ReclaimAfter + TimeSpan.FromSeconds(1));
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<CallbackLedger>().TryBeginAsync("k9", ReclaimAfter, default)).State;
        })));

        Assert.Single(outcomes, o => o == LedgerClaimState.Begun);
    }

    [Fact]
    public async Task TryBeginAsync_ClaimNeverCompleted_InFlightUntilStaleThenTakenOverOnce()
    {
        using var scope = App.Services.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<CallbackLedger>();

        Assert.Equal(LedgerClaimState.Begun, (await ledger.TryBeginAsync("k1", ReclaimAfter, CancellationToken.None)).State);
        Assert.Equal(LedgerClaimState.InFlight, (await ledger.TryBeginAsync("k1", ReclaimAfter, CancellationToken.None)).State);

        App.Time.Advance(ReclaimAfter + TimeSpan.FromSeconds(1));

        Assert.Equal(LedgerClaimState.Begun, (await ledger.TryBeginAsync("k1", ReclaimAfter, CancellationToken.None)).State);
        Assert.Equal(LedgerClaimState.InFlight, (await ledger.TryBeginAsync("k1", ReclaimAfter, CancellationToken.None)).State);
    }

    [Fact]
    public async Task TryBeginAsync_Completed_DoneWithTheStoredReplyEvenWhenOld()
    {
        using var scope = App.Services.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<CallbackLedger>();
        await ledger.TryBeginAsync("k2", ReclaimAfter, CancellationToken.None);
        await ledger.CompleteAsync("k2", "<xml>reply</xml>", CancellationToken.None);

        App.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(LedgerClaim.Done("<xml>reply</xml>"), await ledger.TryBeginAsync("k2", ReclaimAfter, CancellationToken.None));
    }

    [Fact]
    public async Task PurgeAsync_OlderThanAge_ForgetsOnlyThose()
    {
        using var scope = App.Services.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<CallbackLedger>();
        await ledger.TryBeginAsync("old", ReclaimAfter, CancellationToken.None);
        App.Time.Advance(TimeSpan.FromHours(2));
        await ledger.TryBeginAsync("new", ReclaimAfter, CancellationToken.None);

        Assert.Equal(1, await ledger.PurgeAsync(TimeSpan.FromHours(1), CancellationToken.None));
        Assert.Equal(LedgerClaimState.Begun, (await ledger.TryBeginAsync("old", ReclaimAfter, CancellationToken.None)).State);
        Assert.Equal(LedgerClaimState.InFlight, (await ledger.TryBeginAsync("new", ReclaimAfter, CancellationToken.None)).State);
    }
}
