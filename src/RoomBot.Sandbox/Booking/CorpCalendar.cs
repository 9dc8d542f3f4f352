using Microsoft.Extensions.Configuration;

namespace RoomBot.Sandbox.Booking;

/// <summary>
/// The corp's calendar: WeCom's "day" (no cross-day queries, conflict_date, cancel_date) is a calendar day in the
/// corp's time zone (<c>RoomBot:TimeZone</c>, default Asia/Shanghai), while every API time is a Unix instant.
/// </summary>
public sealed class CorpCalendar(TimeZoneInfo zone)
{
    public const string DefaultZone = "Asia/Shanghai";

    public TimeZoneInfo Zone { get; } = zone;

    public static CorpCalendar FromConfiguration(IConfiguration configuration) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(configuration["RoomBot:TimeZone"] is { Length: > 0 } id ? id : DefaultZone));

    public DateTime LocalOf(long unix) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(unix), Zone).DateTime;

    public DateOnly DayOf(long unix) => DateOnly.FromDateTime(LocalOf(unix));

    public long ToUnix(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUnixTimeSeconds();
    }

    /// <summary>00:00 of <paramref name="day"/> in the corp's zone.</summary>
    public long StartOfDay(DateOnly day) => ToUnix(day.ToDateTime(TimeOnly.MinValue));

}
