using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RoomBot.WeCom.Api;

public static class WeComServiceCollectionExtensions
{
    /// <summary>The 10 s limit of one attempt; WeCom's callback answers within 5 s, its API normally well under 1 s.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers <see cref="IWeComApi"/> on one typed <see cref="HttpClient"/> with <see cref="AccessTokenHandler"/>.
    /// Binds nothing: the host configures <c>IOptions&lt;WeComOptions&gt;</c>, and may register its own
    /// <see cref="IWeComBaseAddress"/> or <see cref="TimeProvider"/> first.
    /// </summary>
    public static IHttpClientBuilder AddWeComClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AccessTokenCache>();
        services.TryAddSingleton<IWeComBaseAddress, WeComOptionsBaseAddress>();
        services.TryAddTransient<AccessTokenHandler>();
        // No standard resilience handler: it would retry POSTs after a timeout (a double booking); WeComApiClient
        // retries only what WeCom's errcodes say is safe.
        return services
            .AddHttpClient<IWeComApi, WeComApiClient>(client => client.Timeout = AttemptTimeout)
            .AddHttpMessageHandler<AccessTokenHandler>();
    }
}
