namespace RoomBot.Core;

/// <summary>The <c>RoomBot</c> configuration section: how the bot converses.</summary>
public sealed class RoomBotOptions
{
    public const string Section = "RoomBot";

    /// <summary>The corp's time zone: how users' words are read and times are shown (IANA id).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>
    /// How long a callback may take before the bot answers WeCom with an empty 200 and finishes in the background
    /// (WeCom gives up after 5 s and retries).
    /// </summary>
    public TimeSpan ReplyBudget { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Userids allowed to cancel anybody's booking from a card.</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>How long a question the bot asked waits for its answer.</summary>
    public TimeSpan PendingQuestionLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the room list and the user directory are cached.</summary>
    public TimeSpan DirectoryCacheLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many days "my bookings" looks ahead (one get_booking_info call per day, doc 93620).</summary>
    public int MyBookingsDays { get; set; } = 7;

    /// <summary>The zone as an object; valid once the options passed validation.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
