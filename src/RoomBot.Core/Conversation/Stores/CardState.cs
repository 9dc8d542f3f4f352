namespace RoomBot.Core.Conversation.Stores;

public enum CardState
{
    /// <summary>Its buttons still act.</summary>
    Open,
    /// <summary>The booking it shows was cancelled.</summary>
    Cancelled,
    /// <summary>A choice card whose choice was made.</summary>
    Used,
}
