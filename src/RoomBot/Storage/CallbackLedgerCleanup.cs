namespace RoomBot.Storage;

/// <summary>Purges old callback keys once an hour; a day of history is far more than WeCom's retries need.</summary>
internal sealed class CallbackLedgerCleanup(IServiceScopeFactory scopes, TimeProvider time, ILogger<CallbackLedgerCleanup> logger)
    : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);
    private static readonly TimeSpan Keep = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var purged = await scope.ServiceProvider.GetRequiredService<CallbackLedger>().PurgeAsync(Keep, stoppingToken);
                logger.LogDebug("Purged {Count} old callback keys", purged);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Purging old callback keys failed; will try again");
            }
        }
    }
}
