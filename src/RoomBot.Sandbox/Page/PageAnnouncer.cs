using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoomBot.Sandbox.Callback;

namespace RoomBot.Sandbox.Page;

/// <summary>Once the server listens, says where the chat page is: the first thing a person running the sandbox needs.</summary>
internal sealed partial class PageAnnouncer(IServer server, IHostApplicationLifetime lifetime, ILogger<PageAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            LogPage(logger, CallbackTarget.Reachable(address).TrimEnd('/') + "/");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WeCom sandbox chat page: {Url}")]
    private static partial void LogPage(ILogger logger, string url);
}
