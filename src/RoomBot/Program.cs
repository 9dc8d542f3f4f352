using RoomBot.Hosting;

if (args is ["parse", ..]) return await RoomBot.Cli.ParseCommand.RunAsync(args[1..]);

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // appsettings.json lives at the repository's top level and is copied next to the binaries.
    ContentRootPath = AppContext.BaseDirectory,
});

builder.AddRoomBot();

var app = builder.Build();

app.MapHealthChecks("/healthz");

app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
