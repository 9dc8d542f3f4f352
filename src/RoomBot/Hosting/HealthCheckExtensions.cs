using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RoomBot.Storage;

namespace RoomBot.Hosting;

/// <summary>
/// <c>/healthz/live</c>: the process serves (restart it when this fails). <c>/healthz/ready</c>: the database is
/// reachable and has every migration of this release (send traffic only then). <c>/healthz</c> answers as it always
/// did: 200 once start-up is done.
/// </summary>
public static class HealthCheckExtensions
{
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddRoomBotHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: [ReadyTag]);
        return builder;
    }

    public static WebApplication MapRoomBotHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteTextAsync,
        });
        return app;
    }

    /// <summary>"Healthy", or "Unhealthy" with one line per failing check saying why (no secrets: see the checks).</summary>
    private static Task WriteTextAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder(report.Status.ToString());
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
        {
            text.Append('\n').Append(name).Append(": ").Append(entry.Description);
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text.ToString());
    }
}
