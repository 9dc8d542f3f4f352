using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RoomBot.Core.Booking;
using RoomBot.Core.Commands;
using RoomBot.Core.Conversation.Requests;
using RoomBot.Core.Conversation.Routes;
using RoomBot.Core.Directory;
using RoomBot.Core.Parsing;

namespace RoomBot.Core.Conversation;

/// <summary>
/// The conversation's own services. The host adds what lives outside Core: the stores
/// (<see cref="Stores.ICardStore"/>, <see cref="Stores.IPendingRequestStore"/>), the <see cref="IChatParser"/>,
/// the WeCom client and the options binding.
/// </summary>
public static class ConversationServices
{
    public static IServiceCollection AddConversationCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectoryCache>();
        services.AddScoped<IWorkplaceDirectory, WorkplaceDirectory>();

        // Per turn: Availability remembers what it read for the rest of the turn only.
        services.AddScoped<Availability>();
        services.AddScoped<BookingService>();
        services.AddScoped<BookingAdvisor>();
        services.AddScoped<Cancellation>();
        services.AddScoped<ReminderHooks>();
        services.AddScoped<Clarifier>();
        services.AddScoped<CardActionHandler>();
        services.AddScoped<RoomEventHandler>();

        // A typed message: per-turn facts, the ordered routes, and the handler of each intent.
        services.AddScoped<Understanding>();
        services.AddScoped<OpenQuestion>();
        services.AddScoped<RequestActions>();
        services.AddTextRoutes();
        services.AddScoped<TextConversation>();
        services.AddIntentHandler<BookHandler>(Intent.Book, (h, r, t, ct) => h.HandleAsync(r, t, ct));
        services.AddIntentHandler<CancelHandler>(Intent.Cancel, (h, r, t, ct) => h.HandleAsync(r, t, ct));
        services.AddIntentHandler<MyBookingsHandler>(Intent.MyBookings, (h, r, t, ct) => h.HandleAsync(r, t, ct));
        services.AddIntentHandler<RoomScheduleHandler>(Intent.RoomSchedule, (h, r, t, ct) => h.HandleAsync(r, t, ct));
        services.AddIntentHandler<FreeRoomsHandler>(Intent.FreeRooms, (h, r, t, ct) => h.HandleAsync(r, t, ct));
        services.AddIntentHandler(Intent.Help, (_, t) => HelpHandler.Reply(t.Language));

        services.RemoveAll<IConversationDispatcher>();
        services.AddScoped<IConversationDispatcher, ConversationDispatcher>();
        return services;
    }
}
