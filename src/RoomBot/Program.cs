using RoomBot.Hosting;
using RoomBot.Sandbox;

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

app.MapHealthChecks("/healthz");
if (sandbox)
{
    app.MapWeComSandbox();
}

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
