using RoomBot.Core.Parsing;

namespace RoomBot.Core.Conversation;

/// <summary>One incoming message with what every handler needs: who, in which language, and "now" in the corp's zone.</summary>
public sealed record Turn(IncomingMessage Message, Language Language, DateTimeOffset Now, TimeZoneInfo Zone)
{
    public string UserId => Message.UserId;

    /// <summary>What the user typed, trimmed; empty for clicks and events.</summary>
    public string Text => Message.Text?.Trim() ?? "";

    /// <summary>An instant shown in the corp's zone.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public DateTimeOffset FromUnix(long seconds) => Local(DateTimeOffset.FromUnixTimeSeconds(seconds));

    /// <summary>00:00 of <paramref name="day"/> in the corp's zone.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    public DateOnly Today => DayOf(Now);
}
