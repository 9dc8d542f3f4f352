using RoomBot.Sandbox;
using RoomBot.Sandbox.Storage;
using RoomBot.Storage;

namespace RoomBot.Hosting;

/// <summary>
/// The embedded WeCom look-alike, on when <c>Sandbox:Enabled</c> is true (the shipped demo configuration) and off in
/// production. The bot reaches it only over WeCom's HTTP API.
/// </summary>
public static class SandboxSwitchExtensions
{
    public static bool SandboxEnabled(this IConfiguration configuration) =>
        configuration.GetValue<bool>($"{SandboxOptions.Section}:{nameof(SandboxOptions.Enabled)}");

    public static IHostApplicationBuilder AddSandboxWhenEnabled(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.SandboxEnabled())
        {
            // Storage first: its migrations run before the sandbox's seeder, which AddWeComSandbox registers.
            builder.AddSandboxStorageWhenEnabled();
            builder.AddWeComSandbox();
        }

        return builder;
    }

    /// <summary>
    /// The sandbox's tables live in the bot's database, with migrations and a history table of their own; the
    /// <c>migrate</c> command registers only this part.
    /// </summary>
    public static IHostApplicationBuilder AddSandboxStorageWhenEnabled(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.SandboxEnabled())
        {
            builder.Services.AddProviderDbContext<SandboxDbContext, SqliteSandboxDbContext, PostgresSandboxDbContext>(
                SandboxDbContext.HistoryTable);
        }

        return builder;
    }

    public static WebApplication MapSandboxWhenEnabled(this WebApplication app)
    {
        if (app.Configuration.SandboxEnabled())
        {
            app.MapWeComSandbox();
        }

        return app;
    }
}
