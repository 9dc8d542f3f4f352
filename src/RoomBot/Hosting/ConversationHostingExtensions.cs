using RoomBot.Core.Conversation;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Storage.Conversation;

namespace RoomBot.Hosting;

/// <summary>The conversation (issue 5): the dispatcher and its handlers, the parser seam, and the stores they keep.</summary>
public static class ConversationHostingExtensions
{
    public static IHostApplicationBuilder AddConversationHandling(this IHostApplicationBuilder builder)
    {
        // RoomBotOptions (zone, admins, lifetimes) come from AddRoomBotConfiguration; the RequestParser and its
        // warm-up from AddRoomBotParser.
        builder.Services.AddSingleton<IChatParser, ChatParser>();
        builder.Services.AddScoped<ICardStore, EfCardStore>();
        builder.Services.AddScoped<IPendingRequestStore, EfPendingRequestStore>();
        builder.Services.AddConversationCore();
        return builder;
    }
}
