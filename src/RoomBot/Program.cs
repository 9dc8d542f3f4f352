using Microsoft.Extensions.Options;
using RoomBot.Hosting;
using RoomBot.Sandbox;

if (args is ["parse", ..]) return await RoomBot.Cli.ParseCommand.RunAsync(args[1..]);

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // appsettings.json lives at the repository's top level and is copied next to the binaries.
    ContentRootPath = AppContext.BaseDirectory,
});

builder.AddRoomBot();
var sandbox = builder.Configuration.GetValue<bool>("Sandbox:Enabled");
if (sandbox)
{
    builder.AddWeComSandbox().AddSandboxStorage();
}

var app = builder.Build();

app.MapRoomBot();
if (sandbox)
{
    app.MapWeComSandbox();
}

try
{
    await app.RunAsync();
}
catch (OptionsValidationException ex)
{
    // A configuration that cannot work stops start-up with the keys to fix.
    await Console.Error.WriteLineAsync("RoomBot cannot start, the configuration is invalid:");
    foreach (var failure in ex.Failures)
    {
        await Console.Error.WriteLineAsync("  - " + failure);
    }

    return 1;
}

return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
