using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Conversation.Requests;

/// <summary>Which handler acts on a request of <see cref="Intent"/>; registered with <see cref="IntentRoutes.AddIntentHandler{THandler}"/>.</summary>
public sealed record IntentRoute(
    Intent Intent,
    Func<IServiceProvider, ParsedRequest, Turn, CancellationToken, Task<IReadOnlyList<BotReply>>> Handle);
