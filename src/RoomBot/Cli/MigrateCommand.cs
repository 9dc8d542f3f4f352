using Microsoft.Extensions.Options;
using RoomBot.Hosting;
using RoomBot.Storage;

namespace RoomBot.Cli;

/// <summary>
/// <c>RoomBot migrate</c>: brings the database of <c>ConnectionStrings:RoomBot</c> to this release's schema (the bot's
/// migrations, and the sandbox's when <c>Sandbox:Enabled</c>) with the service's own configuration (appsettings.json,
/// environment, <c>--Key=value</c> arguments), then exits; no web host starts. A deployment runs it once before
/// instances start with <c>Database:MigrateOnStart=false</c>. Exit codes: 0 done, 1 configuration or database unusable,
/// 2 bad arguments.
/// </summary>
public static class MigrateCommand
{
    public const string Usage = "usage: migrate [--Database:Provider=Sqlite|PostgreSQL] [--ConnectionStrings:RoomBot=...]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Any(a => a is "-h" or "--help" || !a.StartsWith("--", StringComparison.Ordinal)))
        {
            await Console.Error.WriteLineAsync(Usage);
            return args.Any(a => a is "-h" or "--help") ? 0 : 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddRoomBotStorage();
        builder.AddSandboxStorageWhenEnabled();
        using var host = builder.Build();
        try
        {
            var settings = host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            foreach (var report in await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None))
            {
                var adopted = report.Adopted is null ? "" : $"adopted a database made before migrations ({report.Adopted}); ";
                var applied = report.Applied.Count == 0
                    ? "up to date"
                    : $"applied {report.Applied.Count} migration(s): {string.Join(", ", report.Applied)}";
                Console.WriteLine($"{report.Context} ({settings.ProviderKind}, {DatabaseMigrator.Describe(settings)}): {adopted}{applied}");
            }

            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await ApplicationRunner.WriteInvalidConfigurationAsync(ex);
            return 1;
        }
        catch (DatabaseStartupException ex)
        {
            await Console.Error.WriteLineAsync("RoomBot migrate failed: " + ex.Message);
            return 1;
        }
    }
}
