using RoomBot.Core.Reminders;
using RoomBot.WeCom.Api;

namespace RoomBot.Reminders;

/// <summary>
/// Sends due reminders: a pass over the due jobs, then a wait on the <see cref="TimeProvider"/> until the next one is
/// due (at most <see cref="RemindersOptions.PollSeconds"/>, so jobs stored by another instance are found), or until a
/// booking in this process stores one.
/// </summary>
internal sealed class ReminderWorker(
    IServiceProvider services,
    IReminderStore store,
    RemindersOptions options,
    ReminderWakeUp wakeUp,
    TimeProvider time,
    ILogger<ReminderWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);
    private static readonly TimeSpan KeepEnded = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetService<IServiceProviderIsService>()?.IsService(typeof(IWeComApi)) != true)
        {
            logger.NoApi();
            return;
        }

        var runner = services.GetRequiredService<ReminderRunner>();
        var poll = TimeSpan.FromSeconds(options.PollSeconds);
        var lastPurge = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                await runner.RunDueAsync(stoppingToken);
                var now = time.GetUtcNow();
                if (now - lastPurge >= PurgeEvery)
                {
                    await store.PurgeAsync(now - KeepEnded, stoppingToken);
                    lastPurge = now;
                }

                var next = await store.NextDueAsync(stoppingToken);
                wait = next is { } due ? Clamp(due - time.GetUtcNow(), poll) : poll;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                wait = poll;
                logger.PassFailed(ex, wait);
            }

            try
            {
                await wakeUp.WaitAsync(wait, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static TimeSpan Clamp(TimeSpan wait, TimeSpan poll) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > poll ? poll : wait;
}
