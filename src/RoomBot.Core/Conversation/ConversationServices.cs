using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RoomBot.Core.Booking;
using RoomBot.Core.Commands;
using RoomBot.Core.Directory;

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
        services.AddScoped<BookHandler>();
        services.AddScoped<CancelHandler>();
        services.AddScoped<MyBookingsHandler>();
        services.AddScoped<RoomScheduleHandler>();
        services.AddScoped<FreeRoomsHandler>();
        services.AddScoped<CardActionHandler>();
        services.AddScoped<RoomEventHandler>();
        services.AddScoped<TextConversation>();
        services.RemoveAll<IConversationDispatcher>();
        services.AddScoped<IConversationDispatcher, ConversationDispatcher>();
        return services;
    }
}
