using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace RoomBot.Storage;

/// <summary>Ready when every context's database answers and lacks no migration of this release.</summary>
internal sealed class DatabaseReadyHealthCheck(DatabaseMigrator migrator, IOptions<DatabaseOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var statuses = await migrator.StatusAsync(cancellationToken);
            if (statuses.Any(s => !s.Exists))
            {
                return HealthCheckResult.Unhealthy(
                    $"the database of {DatabaseOptions.ConnectionStringKey} ({DatabaseMigrator.Describe(options.Value)}) does not exist; run 'RoomBot migrate'");
            }

            var lacking = statuses.Where(s => s.Pending.Count > 0).ToList();
            return lacking.Count == 0
                ? HealthCheckResult.Healthy("migrated and reachable")
                : HealthCheckResult.Unhealthy(string.Join("; ", lacking.Select(s =>
                    $"{s.Context} lacks {s.Pending.Count} migrations ({string.Join(", ", s.Pending)}); run 'RoomBot migrate'")));
        }
        catch (DatabaseStartupException ex)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
