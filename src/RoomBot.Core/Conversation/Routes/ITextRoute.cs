namespace RoomBot.Core.Conversation.Routes;

/// <summary>
/// One step a typed message passes through. <see cref="TextConversation"/> asks the routes in the order
/// <see cref="TextRoutes.AddTextRoutes"/> registers them; the first that answers ends the turn.
/// </summary>
/// <remarks>
/// To add a route (e.g. "I work at Tower A in Beijing", "where am I"): write one class implementing this interface in
/// this folder, with only the few services it needs, and add one <c>.AddTextRoute&lt;YourRoute&gt;()</c> line to
/// <see cref="TextRoutes"/> at its place in the order. A route returns <c>null</c> for a message that is not its own;
/// it never catches exceptions — the dispatcher is the turn's one error boundary. What several routes need about the
/// turn (the parse, the open question) comes from the per-turn services <see cref="Understanding"/> and
/// <see cref="OpenQuestion"/>, which read it once.
/// </remarks>
public interface ITextRoute
{
    /// <summary>The replies when the message is this route's; null to let the next route look at it.</summary>
    Task<IReadOnlyList<Replies.BotReply>?> TryHandleAsync(Turn turn, CancellationToken ct);
}
