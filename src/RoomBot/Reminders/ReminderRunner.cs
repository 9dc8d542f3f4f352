using System.Collections.Concurrent;
using RoomBot.Core.Reminders;
using RoomBot.WeCom.Api;

namespace RoomBot.Reminders;

/// <summary>
/// One pass over the due jobs: claim a batch (one atomic update), deliver each, delete what is done, hand failures
/// back with a backoff. Several runners (instances) may share one database; each job is sent by exactly one of them.
/// A runner that dies after sending but before deleting leaves its claim to expire (<see cref="Lease"/>), after which
/// the job is sent again: at-least-once across crashes, exactly once otherwise.
/// </summary>
internal sealed class ReminderRunner(
    IServiceScopeFactory scopes,
    IReminderStore store,
    ReminderDelivery delivery,
    TimeProvider time,
    ILogger<ReminderRunner> logger)
{
    /// <summary>How long a claim holds; far longer than any WeCom call with its retries.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public const int BatchSize = 200;

    /// <summary>
    /// WeCom calls in flight at once: 10,000 reminders at one minute must not go out one by one. At ~50 ms a call this
    /// is ~320 calls/s, above WeCom's own ceiling of 10,000 calls/min per API (wecom-protocol.md §7).
    /// </summary>
    public const int Parallelism = 16;

    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Works until nothing is due; returns how many jobs were taken.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var taken = 0;
        while (true)
        {
            var batch = await store.ClaimDueAsync(Owner, time.GetUtcNow(), Lease, BatchSize, ct);
            if (batch.Count == 0)
            {
                return taken;
            }

            taken += batch.Count;
            var meetings = await store.FindManyAsync(batch.Select(j => j.BookingId).Distinct().ToList(), ct);
            await using var scope = scopes.CreateAsyncScope();
            var api = scope.ServiceProvider.GetRequiredService<IWeComApi>();
            var done = new ConcurrentBag<ReminderJob>();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct };
            await Parallel.ForEachAsync(batch, parallel, async (job, token) =>
            {
                if (await ProcessAsync(api, job, meetings.GetValueOrDefault(job.BookingId), token))
                {
                    done.Add(job);
                }
            });
            await store.CompleteAsync(done, CancellationToken.None);
        }
    }

    /// <summary>True when the job is finished (sent or dropped); false when it was handed back for later.</summary>
    private async Task<bool> ProcessAsync(IWeComApi api, ReminderJob job, ReminderMeeting? state, CancellationToken ct)
    {
        try
        {
            var now = time.GetUtcNow();
            if (WhyDrop(job, state, now) is { } reason)
            {
                logger.Dropped(job.Kind, job.BookingId, job.DueAt, reason);
                return true;
            }

            await delivery.DeliverAsync(api, job, state!, ct);
            logger.Sent(job.Kind, job.BookingId, (long)(time.GetUtcNow() - job.DueAt).TotalMilliseconds);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: give the job back at once rather than leaving it claimed for a whole lease.
            await store.RetryAsync(job, time.GetUtcNow(), "stopped", CancellationToken.None);
            return false;
        }
        catch (Exception ex)
        {
            return await HandBackAsync(job, ex);
        }
    }

    private async Task<bool> HandBackAsync(ReminderJob job, Exception ex)
    {
        var error = ex is WeComApiException api ? $"errcode {api.ErrCode}: {api.ErrMsg}" : ex.Message;
        if (job.Attempts >= ReminderBackoff.MaxAttempts)
        {
            logger.GaveUp(job.Kind, job.BookingId, job.Attempts, error);
            return true;
        }

        var retryAt = time.GetUtcNow() + ReminderBackoff.After(job.Attempts, ex);
        if (ex is WeComApiException weCom)
        {
            logger.WeComFailed(job.Kind, job.BookingId, weCom.ErrCode, weCom.ErrMsg, job.Attempts, retryAt);
        }
        else
        {
            logger.Failed(ex, job.Kind, job.BookingId, job.Attempts, retryAt);
        }

        await store.RetryAsync(job, retryAt, error, CancellationToken.None);
        return false;
    }

    /// <summary>
    /// Reminders only make sense before the start (after downtime a late one still goes out if the meeting has not
    /// started); a release check and the "room is free" notices only while the meeting runs.
    /// </summary>
    internal static string? WhyDrop(ReminderJob job, ReminderMeeting? state, DateTimeOffset now)
    {
        if (state is null)
        {
            return "the booking is no longer known";
        }

        if (job.Kind.IsPlanned() && (state.CancelledAt is not null || state.ReleasedAt is not null))
        {
            return "the booking was cancelled";
        }

        if (job.Kind.IsReminder() && now >= state.Meeting.Start)
        {
            return $"the meeting started at {state.Meeting.Start:o} (the bot was down or WeCom failed until now)";
        }

        if (!job.Kind.IsReminder() && now >= state.Meeting.End)
        {
            return $"the meeting ended at {state.Meeting.End:o}";
        }

        return null;
    }
}
