using Microsoft.Extensions.DependencyInjection;
using RoomBot.Storage;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Callback;

public sealed class CallbackLedgerTests : IDisposable
{
    private static readonly TimeSpan ReclaimAfter = TimeSpan.FromSeconds(3);

    private readonly RoomBotApplication _app = new RoomBotApplication().WithInteropKeys();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TryBeginAsync_ClaimNeverCompleted_InFlightUntilStaleThenTakenOverOnce()
    {
        using var scope = _app.Services.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<CallbackLedger>();

        Assert.Equal(LedgerClaimState.Begun, (await ledger.TryBeginAsync("k1", ReclaimAfter, CancellationToken.None)).State);
        Assert.Equal(LedgerClaimState.InFlight, (await ledger.TryBeginAsync("k1", ReclaimAfter, CancellationToken.None)).State);

        _app.Time.Advance(ReclaimAfter + TimeSpan.FromSeconds(1));

        Assert.Equal(LedgerClaimState.Begun, (await ledger.TryBeginAsync("k1", ReclaimAfter, CancellationToken.None)).State);
        Assert.Equal(LedgerClaimState.InFlight, (await ledger.TryBeginAsync("k1", ReclaimAfter, CancellationToken.None)).State);
    }

    [Fact]
    public async Task TryBeginAsync_Completed_DoneWithTheStoredReplyEvenWhenOld()
    {
        using var scope = _app.Services.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<CallbackLedger>();
        await ledger.TryBeginAsync("k2", ReclaimAfter, CancellationToken.None);
        await ledger.CompleteAsync("k2", "<xml>reply</xml>", CancellationToken.None);

        _app.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(LedgerClaim.Done("<xml>reply</xml>"), await ledger.TryBeginAsync("k2", ReclaimAfter, CancellationToken.None));
    }

    [Fact]
    public async Task PurgeAsync_OlderThanAge_ForgetsOnlyThose()
    {
        using var scope = _app.Services.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<CallbackLedger>();
        await ledger.TryBeginAsync("old", ReclaimAfter, CancellationToken.None);
        _app.Time.Advance(TimeSpan.FromHours(2));
        await ledger.TryBeginAsync("new", ReclaimAfter, CancellationToken.None);

        Assert.Equal(1, await ledger.PurgeAsync(TimeSpan.FromHours(1), CancellationToken.None));
        Assert.Equal(LedgerClaimState.Begun, (await ledger.TryBeginAsync("old", ReclaimAfter, CancellationToken.None)).State);
        Assert.Equal(LedgerClaimState.InFlight, (await ledger.TryBeginAsync("new", ReclaimAfter, CancellationToken.None)).State);
    }
}
