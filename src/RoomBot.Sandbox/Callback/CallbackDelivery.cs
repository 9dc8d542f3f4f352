namespace RoomBot.Sandbox.Callback;

/// <summary>The outcome of posting one callback the way WeCom does (up to <see cref="SandboxOptions.MaxDeliveries"/> times).</summary>
/// <param name="Delivered">The bot answered HTTP 200 within the timeout on one of the attempts.</param>
/// <param name="Attempts">How many times the message was posted.</param>
/// <param name="LastStatus">The HTTP status of the last attempt; null when it timed out or could not connect.</param>
/// <param name="Reply">What the passive reply did.</param>
public sealed record CallbackDelivery(bool Delivered, int Attempts, int? LastStatus, PassiveReplyOutcome Reply);

/// <summary>What became of the body of the bot's 200 answer.</summary>
public enum PassiveReplyOutcome
{
    /// <summary>Not delivered, so there was nothing to read.</summary>
    NotDelivered,
    /// <summary>An empty body: the bot answers later through message/send (doc 90238).</summary>
    None,
    Text,
    UpdateButton,
    UpdateTemplateCard,
    /// <summary>Bad signature, undecryptable, unparseable, or not applicable here (e.g. update_button for a text message).</summary>
    Rejected,
}
