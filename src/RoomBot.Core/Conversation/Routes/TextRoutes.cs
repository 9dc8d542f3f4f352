using Microsoft.Extensions.DependencyInjection;

namespace RoomBot.Core.Conversation.Routes;

/// <summary>The routes of a typed message, in the order they are asked (see <see cref="ITextRoute"/>).</summary>
public static class TextRoutes
{
    public static IServiceCollection AddTextRoutes(this IServiceCollection services) => services
        // The reminders' own commands ("add group design KEY") are exact and never booking requests.
        .AddTextRoute<ReminderCommandRoute>()
        // "the second one": the latest numbered choices the bot offered.
        .AddTextRoute<ChoicePickRoute>()
        // An answer to the question the bot asked, merged into the request that asked it.
        .AddTextRoute<PendingAnswerRoute>()
        // Everything else is a request of its own; this route always answers.
        .AddTextRoute<FreshRequestRoute>();

    /// <summary>Adds <typeparamref name="TRoute"/> after the routes already registered.</summary>
    public static IServiceCollection AddTextRoute<TRoute>(this IServiceCollection services)
        where TRoute : class, ITextRoute =>
        services.AddScoped<ITextRoute, TRoute>();
}
