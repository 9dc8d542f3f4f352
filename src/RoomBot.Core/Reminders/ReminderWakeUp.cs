namespace RoomBot.Core.Reminders;

/// <summary>
/// Wakes the reminder worker of this process when a job is stored, so a reminder that is due at once (a booking made
/// a few minutes before its start) does not wait for the next poll.
/// </summary>
public sealed class ReminderWakeUp
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the worker will look once, which covers every job stored meanwhile.
        }
    }

    /// <summary>Returns after <paramref name="timeout"/> on <paramref name="time"/>, or earlier when notified.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout, time, stop.Token);
        var notified = signal.WaitAsync(stop.Token);
        await Task.WhenAny(delay, notified);
        await stop.CancelAsync();
        try
        {
            await Task.WhenAll(delay, notified);
        }
        catch (OperationCanceledException)
        {
            // The one that lost the race was cancelled on purpose.
        }

        ct.ThrowIfCancellationRequested();
    }
}
