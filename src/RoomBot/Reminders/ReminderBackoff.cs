using RoomBot.WeCom.Api;

namespace RoomBot.Reminders;

/// <summary>When to try a failed send again.</summary>
internal static class ReminderBackoff
{
    /// <summary>After this many attempts a job is given up (with an error log line).</summary>
    public const int MaxAttempts = 10;

    private static readonly TimeSpan First = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(10);

    /// <summary>45009: WeCom's frequency limit (wecom-protocol.md §3) — waiting less than a minute only hits it again.</summary>
    public static readonly TimeSpan RateLimited = TimeSpan.FromSeconds(60);

    /// <summary>10 s, 20 s, 40 s … up to 10 min; at least 60 s after 45009.</summary>
    public static TimeSpan After(int attempt, Exception error)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 16);
        var delay = TimeSpan.FromTicks(Math.Min(Longest.Ticks, First.Ticks << exponent));
        return error is WeComApiException { Kind: WeComErrorKind.RateLimited } && delay < RateLimited ? RateLimited : delay;
    }
}
