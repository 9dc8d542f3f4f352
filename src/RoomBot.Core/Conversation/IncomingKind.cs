namespace RoomBot.Core.Conversation;

public enum IncomingKind
{
    /// <summary>The user typed something.</summary>
    Text,
    /// <summary>The user opened the app's chat (enter_agent).</summary>
    Entered,
    /// <summary>The user clicked a button of one of the bot's cards.</summary>
    CardAction,
    /// <summary>A room was booked outside the bot (the WeCom client, a schedule edit).</summary>
    RoomBooked,
    /// <summary>A booking was cancelled outside the bot.</summary>
    RoomCancelled,
    /// <summary>Anything else WeCom sends (images, voice, unknown events): answered gracefully.</summary>
    Other,
}
