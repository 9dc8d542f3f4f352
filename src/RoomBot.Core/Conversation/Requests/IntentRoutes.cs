using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Conversation.Requests;

/// <summary>
/// Registers the handler of an intent. Adding one (e.g. a "move my meeting" intent) is one handler class plus one
/// <c>AddIntentHandler</c> line in <see cref="ConversationServices"/>; the handler is built only in turns that need it.
/// A later registration for the same intent replaces an earlier one.
/// </summary>
public static class IntentRoutes
{
    public static IServiceCollection AddIntentHandler<THandler>(
        this IServiceCollection services, Intent intent,
        Func<THandler, ParsedRequest, Turn, CancellationToken, Task<IReadOnlyList<BotReply>>> handle)
        where THandler : class
    {
        services.TryAddScoped<THandler>();
        return services.AddSingleton(new IntentRoute(intent,
            (provider, request, turn, ct) => handle(provider.GetRequiredService<THandler>(), request, turn, ct)));
    }

    /// <summary>An intent answered without a service (e.g. help).</summary>
    public static IServiceCollection AddIntentHandler(
        this IServiceCollection services, Intent intent, Func<ParsedRequest, Turn, IReadOnlyList<BotReply>> handle) =>
        services.AddSingleton(new IntentRoute(intent, (_, request, turn, _) => Task.FromResult(handle(request, turn))));
}
