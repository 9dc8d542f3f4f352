namespace RoomBot.Configuration;

/// <summary>The <c>RoomBot</c> configuration section.</summary>
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

    /// <summary>The zone as an object; valid once the options passed validation.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
