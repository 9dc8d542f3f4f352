using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RoomBot.WeCom.Api;

namespace RoomBot.Sandbox.Callback;

/// <summary>Registrations of WeCom's side of the callback, and where the bot's WeCom client finds the sandbox.</summary>
public static class SandboxCallbackServices
{
    public static IServiceCollection AddSandboxCallback(this IServiceCollection services)
    {
        // WeCom's timeout and retries are the deliverer's own: the client gets none (no resilience handler, no timeout).
        services.AddHttpClient(CallbackDeliverer.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<CallbackTarget>();
        // Replaces WeCom:ApiBaseUrl whichever registration ran first: the bot's client must reach this sandbox.
        services.RemoveAll<IWeComBaseAddress>();
        services.AddSingleton<IWeComBaseAddress, SandboxApiAddress>();
        services.AddScoped<CallbackDeliverer>();
        services.AddScoped<PassiveReplyApplier>();
        services.AddHostedService<ClientBookingEvents>();
        return services;
    }
}
