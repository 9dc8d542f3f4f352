using RoomBot.Sandbox.Booking;
using RoomBot.Sandbox.Storage;

namespace RoomBot.Tests.Sandbox;

/// <summary>Occurrences of doc 93648's repeat settings, as book_by_schedule books them (rule 12).</summary>
public sealed class RecurrenceExpanderTests
{
    private static readonly CorpCalendar Shanghai = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
    private static readonly DateOnly Horizon = new(2026, 12, 31);

    [Fact]
    public void Expand_NotRepeating_YieldsTheScheduleItself()
    {
        var s = Schedule(new DateOnly(2026, 6, 2));

        var o = Assert.Single(RecurrenceExpander.Expand(s, Shanghai, Horizon));

        Assert.Equal((s.StartTime, s.EndTime), (o.StartTime, o.EndTime));
    }

    [Fact]
    public void Expand_Workdays_SkipsTheWeekend()
    {
        var s = Schedule(new DateOnly(2026, 6, 5), repeatType: 7, until: new DateOnly(2026, 6, 9)); // Friday to Tuesday

        Assert.Equal([5, 8, 9], Days(s));
    }

    [Fact]
    public void Expand_MonthlyOn31st_SkipsShortMonths()
    {
        var s = Schedule(new DateOnly(2026, 7, 31), repeatType: 2, until: new DateOnly(2026, 12, 31));

        Assert.Equal(["07-31", "08-31", "10-31", "12-31"], RecurrenceExpander.Expand(s, Shanghai, Horizon).Select(o => o.Day.ToString("MM-dd", null)));
    }

    [Fact]
    public void Expand_EveryOtherDay_UsesTheInterval()
    {
        var s = Schedule(new DateOnly(2026, 6, 1), repeatType: 0, until: new DateOnly(2026, 6, 7));
        s.IsCustomRepeat = true;
        s.RepeatInterval = 2;

        Assert.Equal([1, 3, 5, 7], Days(s));
    }

    [Fact]
    public void Expand_WeeklyEveryTwoWeeksOnMondayAndFriday_FollowsTheWeekGrid()
    {
        var s = Schedule(new DateOnly(2026, 6, 3), repeatType: 1, until: new DateOnly(2026, 6, 30)); // a Wednesday
        s.IsCustomRepeat = true;
        s.RepeatInterval = 2;
        s.RepeatDayOfWeek = [1, 5];

        Assert.Equal([5, 15, 19, 29], Days(s));
    }

    [Fact]
    public void Expand_NoEnd_StopsAtTheHorizon()
    {
        var s = Schedule(new DateOnly(2026, 6, 1), repeatType: 0);

        var occurrences = RecurrenceExpander.Expand(s, Shanghai, new DateOnly(2026, 6, 10));

        Assert.Equal(10, occurrences.Count);
        Assert.All(occurrences, o => Assert.Equal(3600, o.EndTime - o.StartTime));
    }

    [Fact]
    public void Expand_Yearly_KeepsTheDate()
    {
        var s = Schedule(new DateOnly(2026, 6, 1), repeatType: 5, until: new DateOnly(2029, 1, 1));

        var days = RecurrenceExpander.Expand(s, Shanghai, new DateOnly(2030, 1, 1)).Select(o => o.Day).ToList();

        Assert.Equal([new DateOnly(2026, 6, 1), new DateOnly(2027, 6, 1), new DateOnly(2028, 6, 1)], days);
    }

    private static List<int> Days(SandboxSchedule s) => RecurrenceExpander.Expand(s, Shanghai, Horizon).Select(o => o.Day.Day).ToList();

    private static SandboxSchedule Schedule(DateOnly first, int? repeatType = null, DateOnly? until = null) => new()
    {
        StartTime = CorpTime.At(first.Month, first.Day, 10, 0, first.Year),
        EndTime = CorpTime.At(first.Month, first.Day, 11, 0, first.Year),
        IsRepeat = repeatType is not null,
        RepeatType = repeatType ?? 0,
        RepeatUntil = until is { } u ? CorpTime.Midnight(u.Month, u.Day, u.Year) : 0,
    };
}
