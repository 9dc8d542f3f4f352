namespace RoomBot.Sandbox.Booking;

/// <summary>The time rules of <c>oa/meetingroom/book</c> (doc 93620), pure so they can be tested on their own.</summary>
public static class BookingWindow
{
    public const long SlotSeconds = 30 * 60;
    /// <summary>93620: a booking whose start passed less than 15 minutes ago is kept as is.</summary>
    public const long GraceSeconds = 15 * 60;

    /// <summary>
    /// 93620: "预定时间和结束时间会自动按30分钟取整" — start down, end up, on the corp's local half hours
    /// (15:15–15:45 becomes 15:00–16:00), which also makes 30 minutes the shortest booking.
    /// </summary>
    public static (long Start, long End) Round(long start, long end, CorpCalendar calendar)
    {
        var localStart = calendar.LocalOf(start);
        var roundedStart = calendar.ToUnix(FloorToSlot(localStart));
        var localEnd = calendar.LocalOf(end);
        var floorEnd = FloorToSlot(localEnd);
        var roundedEnd = calendar.ToUnix(floorEnd);
        if (roundedEnd < end)
        {
            roundedEnd = calendar.ToUnix(floorEnd.AddMinutes(30));
        }

        return (roundedStart, roundedEnd);
    }

    /// <summary>
    /// Rules 5, 6 and 8: refuses an empty or past window, rounds it, and when the start has passed by more than
    /// 15 minutes moves it on by 30 minutes ("增加30分钟到开始时间"), repeatedly, until it is within the grace period.
    /// </summary>
    public static (long Start, long End) Resolve(long start, long end, long now, CorpCalendar calendar)
    {
        if (end <= start)
        {
            throw new SandboxException(SandboxErrors.BadTime, "预定时间无效：结束时间必须晚于开始时间 (end_time must be after start_time)");
        }

        var (s, e) = Round(start, end, calendar);
        if (now >= e)
        {
            throw new SandboxException(SandboxErrors.BadTime, "预定时间无效：预定结束时间已过 (the booking's end has passed)");
        }

        while (now - s > GraceSeconds)
        {
            s += SlotSeconds;
        }

        if (s >= e)
        {
            throw new SandboxException(SandboxErrors.BadTime, "预定时间无效：剩余时间不足30分钟 (nothing left of the window)");
        }

        return (s, e);
    }

    private static DateTime FloorToSlot(DateTime local) =>
        new(local.Year, local.Month, local.Day, local.Hour, local.Minute >= 30 ? 30 : 0, 0, DateTimeKind.Unspecified);
}
