using Microsoft.Extensions.Options;

namespace RoomBot.Storage;

/// <summary>
/// Registered before every other hosted service: migrates at start-up when <c>Database:MigrateOnStart</c> is true;
/// otherwise checks the database is reachable and warns of migrations still to run (readiness stays red until
/// <c>RoomBot migrate</c> has run). Either way an unusable database stops start-up.
/// </summary>
internal sealed partial class DatabaseStartup(DatabaseMigrator migrator, IOptions<DatabaseOptions> options, ILogger<DatabaseStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStart)
        {
            await migrator.MigrateAsync(cancellationToken);
            return;
        }

        foreach (var status in await migrator.StatusAsync(cancellationToken))
        {
            if (status.Pending.Count > 0)
            {
                LogPending(logger, status.Context, status.Pending.Count, string.Join(", ", status.Pending));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Context} lacks {Count} migrations ({Migrations}) and Database:MigrateOnStart is false: not ready until 'RoomBot migrate' runs")]
    private static partial void LogPending(ILogger logger, string context, int count, string migrations);
}
