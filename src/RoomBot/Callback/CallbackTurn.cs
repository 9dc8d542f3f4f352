using RoomBot.Core.Conversation;

namespace RoomBot.Callback;

/// <summary>
/// One message being handled. Whoever comes first decides how the replies travel: the callback request, if the
/// turn finishes inside the reply budget (a passive reply), or the turn itself once the request has given up
/// (everything through the API). The decision is a single compare-and-swap, so the replies go out exactly once.
/// </summary>
internal sealed class CallbackTurn(string dedupKey, IncomingMessage message)
{
    private const int Running = 0;
    private const int AnsweredInTime = 1;
    private const int RequestGaveUp = 2;

    private readonly TaskCompletionSource<string?> _passive = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state = Running;

    public string DedupKey { get; } = dedupKey;

    public IncomingMessage Message { get; } = message;

    /// <summary>The background work of the turn (awaited at shutdown).</summary>
    public Task Execution { get; set; } = Task.CompletedTask;

    /// <summary>The passive reply XML (null for an empty answer), once the turn finished in time.</summary>
    public Task<string?> Passive => _passive.Task;

    /// <summary>Called by the turn when its replies are ready; false when the request already gave up.</summary>
    public bool TryAnswerInTime() => Interlocked.CompareExchange(ref _state, AnsweredInTime, Running) == Running;

    public void SetPassive(string? xml) => _passive.TrySetResult(xml);

    /// <summary>Waits up to the budget; null means "answer WeCom with an empty 200, the turn replies later".</summary>
    public async Task<string?> WaitAsync(TimeSpan budget, TimeProvider time, CancellationToken ct)
    {
        var delay = Task.Delay(budget, time, ct);
        if (await Task.WhenAny(Passive, delay) == Passive)
        {
            return await Passive;
        }

        if (Interlocked.CompareExchange(ref _state, RequestGaveUp, Running) == Running)
        {
            return null;
        }

        // The turn won the race by a hair: its passive reply is being prepared right now.
        return await Passive;
    }
}
