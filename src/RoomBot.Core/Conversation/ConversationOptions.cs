namespace RoomBot.Core.Conversation;

/// <summary>What the conversation reads from the <c>RoomBot</c> section: the corp's zone and who may cancel any booking.</summary>
public sealed class ConversationOptions
{
    public const string Section = "RoomBot";

    /// <summary>IANA id; times are read and shown in this zone.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Userids allowed to cancel anybody's booking from a card.</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>How long a question the bot asked waits for its answer.</summary>
    public TimeSpan PendingQuestionLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the room list and the user directory are cached.</summary>
    public TimeSpan DirectoryCacheLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many days "my bookings" looks ahead (one get_booking_info call per day, doc 93620).</summary>
    public int MyBookingsDays { get; set; } = 7;
}
