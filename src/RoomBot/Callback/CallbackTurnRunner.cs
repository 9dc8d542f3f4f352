using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using RoomBot.Core;
using RoomBot.Core.Conversation;
using RoomBot.Core.Replies;
using RoomBot.Storage;
using RoomBot.WeCom;
using RoomBot.WeCom.Callback;

namespace RoomBot.Callback;

/// <summary>
/// Runs each callback's turn once (de-duplicated through <see cref="CallbackLedger"/>), answers within the reply
/// budget when it can, and otherwise finishes in the background and replies through the API. On shutdown it waits
/// for the turns still running.
/// </summary>
internal sealed class CallbackTurnRunner(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<RoomBotOptions> botOptions,
    IOptions<WeComOptions> weComOptions,
    ILogger<CallbackTurnRunner> logger) : IHostedService
{
    private readonly ConcurrentDictionary<string, CallbackTurn> _running = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>How often a delivery whose turn another instance runs looks at the ledger again.</summary>
    private static readonly TimeSpan OtherInstancePoll = TimeSpan.FromMilliseconds(100);

    /// <summary>Returns the passive reply's plain XML, or null for an empty 200.</summary>
    public async Task<string?> RunAsync(InboundMessage inbound, CancellationToken requestAborted)
    {
        var message = InboundMapper.Map(inbound);
        var key = inbound.DedupKey;
        var budget = botOptions.Value.ReplyBudget;

        // Deliveries of one message to this instance meet here before the ledger: the later ones wait for the first.
        var turn = new CallbackTurn(key, message);
        if (_running.GetOrAdd(key, turn) is var local && local != turn)
        {
            CallbackLog.Repeated(logger, key, "running");
            return await local.WaitAsync(budget, time, requestAborted);
        }

        LedgerClaim claim;
        try
        {
            claim = await ClaimAsync(key, budget, requestAborted);
        }
        catch
        {
            Release(turn, null);
            throw;
        }

        switch (claim.State)
        {
            case LedgerClaimState.Done:
                CallbackLog.Repeated(logger, key, "done");
                Release(turn, claim.ReplyXml);
                return claim.ReplyXml;
            case LedgerClaimState.InFlight:
                // Still running on another instance after a whole budget: that turn replies through message/send.
                CallbackLog.Repeated(logger, key, "running elsewhere");
                Release(turn, null);
                return null;
        }

        CallbackLog.Received(logger, message.Kind.ToString(), message.UserId, key);
        turn.Execution = Task.Run(() => ExecuteAsync(turn), CancellationToken.None);
        var passive = await turn.WaitAsync(budget, time, requestAborted);
        if (passive is null && !turn.Passive.IsCompleted)
        {
            CallbackLog.OutranBudget(logger, key);
        }

        return passive;
    }

    /// <summary>
    /// Claims the key in the ledger. When another instance holds it (WeCom re-delivered to a second instance), waits
    /// up to the budget for that instance's answer, or for its claim to go stale because it died: then this delivery
    /// takes the turn over, so a retry is never answered "done" for a turn nobody finishes.
    /// </summary>
    private async Task<LedgerClaim> ClaimAsync(string key, TimeSpan budget, CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + budget;
        while (true)
        {
            LedgerClaim claim;
            await using (var scope = scopes.CreateAsyncScope())
            {
                claim = await scope.ServiceProvider.GetRequiredService<CallbackLedger>().TryBeginAsync(key, budget, ct);
            }

            if (claim.State != LedgerClaimState.InFlight || time.GetUtcNow() >= deadline)
            {
                return claim;
            }

            await Task.Delay(OtherInstancePoll, time, ct);
        }
    }

    /// <summary>Ends a delivery that runs no turn here, handing its answer to this instance's other deliveries.</summary>
    private void Release(CallbackTurn turn, string? passiveXml)
    {
        _running.TryRemove(new KeyValuePair<string, CallbackTurn>(turn.DedupKey, turn));
        turn.SetPassive(passiveXml);
    }

    private async Task ExecuteAsync(CallbackTurn turn)
    {
        var ct = _stopping.Token;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var replies = await DispatchSafelyAsync(scope.ServiceProvider, turn, ct);
            var sender = scope.ServiceProvider.GetRequiredService<ReplySender>();
            var ledger = scope.ServiceProvider.GetRequiredService<CallbackLedger>();

            if (turn.TryAnswerInTime())
            {
                var (passive, viaApi) = ReplyRouting.Split(turn.Message, replies);
                var xml = passive is null
                    ? null
                    : ReplyRouting.ToPassiveXml(passive, turn.Message, weComOptions.Value.CorpId, time.GetUtcNow().ToUnixTimeSeconds());
                await ledger.CompleteAsync(turn.DedupKey, xml, ct);
                turn.SetPassive(xml);
                await sender.SendAsync(turn.Message, viaApi, ct);
            }
            else
            {
                turn.SetPassive(null);
                await ledger.CompleteAsync(turn.DedupKey, null, ct);
                await sender.SendAsync(turn.Message, replies, ct);
            }
        }
        catch (Exception ex)
        {
            CallbackLog.TurnFailed(logger, ex, turn.DedupKey);
            turn.SetPassive(null);
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, CallbackTurn>(turn.DedupKey, turn));
        }
    }

    /// <summary>The one try/catch of a turn: a failing handler still gets the user a friendly answer.</summary>
    private async Task<IReadOnlyList<BotReply>> DispatchSafelyAsync(IServiceProvider services, CallbackTurn turn, CancellationToken ct)
    {
        try
        {
            return await services.GetRequiredService<IConversationDispatcher>().DispatchAsync(turn.Message, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            CallbackLog.TurnFailed(logger, ex, turn.DedupKey);
            return turn.Message.Kind is IncomingKind.Text or IncomingKind.CardAction
                ? [new BotReply.Text("抱歉，出了点问题，请稍后再试。Sorry, something went wrong. Please try again in a moment.")]
                : [];
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Give running turns the host's shutdown window to finish their replies, then cancel them.
        var pending = _running.Values.Select(t => t.Execution).ToArray();
        await Task.WhenAny(Task.WhenAll(pending), Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
        await _stopping.CancelAsync();
    }
}
