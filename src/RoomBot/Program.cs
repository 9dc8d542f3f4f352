using RoomBot.Cli;
using RoomBot.Hosting;

if (args is ["parse", ..])
{
    return await ParseCommand.RunAsync(args[1..]);
}

if (args is ["migrate", ..])
{
    return await MigrateCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // appsettings.json lives at the repository's top level and is copied next to the binaries.
    ContentRootPath = AppContext.BaseDirectory,
});

builder.AddRoomBot();
builder.AddSandboxWhenEnabled();

var app = builder.Build();

app.MapRoomBot();
app.MapSandboxWhenEnabled();

return await app.RunUntilStoppedAsync();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
