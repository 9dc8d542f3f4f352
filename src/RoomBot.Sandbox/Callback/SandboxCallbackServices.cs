using Microsoft.Extensions.DependencyInjection;

namespace RoomBot.Sandbox.Callback;

/// <summary>Registrations of WeCom's side of the callback.</summary>
public static class SandboxCallbackServices
{
    public static IServiceCollection AddSandboxCallback(this IServiceCollection services)
    {
        // WeCom's timeout and retries are the deliverer's own: the client gets none (no resilience handler, no timeout).
        services.AddHttpClient(CallbackDeliverer.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<CallbackTarget>();
        services.AddScoped<CallbackDeliverer>();
        services.AddScoped<PassiveReplyApplier>();
        services.AddHostedService<ClientBookingEvents>();
        return services;
    }
}
