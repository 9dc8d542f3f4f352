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
            builder.AddWeComSandbox(sp => sp.GetRequiredService<DatabaseLocation>().ConnectionString);
            // The sandbox's tables live in the bot's database: the schema initializer creates them too.
            builder.Services.AddSingleton(new DbContextRegistration(typeof(SandboxDbContext)));
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
