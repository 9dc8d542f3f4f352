using RoomBot.Sandbox;
using RoomBot.Sandbox.Booking;

namespace RoomBot.Tests.Sandbox;

/// <summary>The pure time rules of oa/meetingroom/book (rules 5, 6, 8), in the corp's zone.</summary>
public sealed class BookingWindowTests
{
    private static readonly CorpCalendar Shanghai = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
    private static readonly long Now = CorpTime.At(6, 1, 9);

    [Theory]
    [InlineData(15, 15, 15, 45, 15, 0, 16, 0)]
    [InlineData(10, 0, 11, 0, 10, 0, 11, 0)]
    [InlineData(10, 29, 10, 31, 10, 0, 11, 0)]
    [InlineData(10, 0, 10, 1, 10, 0, 10, 30)]
    public void Resolve_FutureWindow_RoundsStartDownAndEndUp(int sh, int sm, int eh, int em, int rsh, int rsm, int reh, int rem)
    {
        var (start, end) = BookingWindow.Resolve(CorpTime.At(6, 1, sh, sm), CorpTime.At(6, 1, eh, em), Now, Shanghai);

        Assert.Equal(CorpTime.At(6, 1, rsh, rsm), start);
        Assert.Equal(CorpTime.At(6, 1, reh, rem), end);
    }

    [Theory]
    [InlineData(15, 9, 0)]    // 15 minutes late: kept
    [InlineData(16, 9, 30)]   // 16 minutes late: next window
    [InlineData(44, 9, 30)]   // 14 minutes into the next window: kept there
    [InlineData(46, 10, 0)]
    public void Resolve_StartAlreadyPassed_MovesByHalfHoursUntilWithinGrace(int minutesLate, int hour, int minute)
    {
        var (start, end) = BookingWindow.Resolve(CorpTime.At(6, 1, 9), CorpTime.At(6, 1, 11), Now + minutesLate * 60, Shanghai);

        Assert.Equal(CorpTime.At(6, 1, hour, minute), start);
        Assert.Equal(CorpTime.At(6, 1, 11), end);
    }

    [Theory]
    [InlineData(10, 0, 10, 0)]
    [InlineData(10, 0, 9, 30)]
    [InlineData(7, 0, 8, 0)]
    [InlineData(8, 30, 9, 0)]
    public void Resolve_EmptyOrPastWindow_IsRefusedAsBadTime(int sh, int sm, int eh, int em)
    {
        var ex = Assert.Throws<SandboxException>(() =>
            BookingWindow.Resolve(CorpTime.At(6, 1, sh, sm), CorpTime.At(6, 1, eh, em), Now, Shanghai));

        Assert.Equal(SandboxErrors.BadTime, ex.ErrCode);
    }

    [Fact]
    public void Resolve_LateStartLeavesNothing_IsRefused()
    {
        var ex = Assert.Throws<SandboxException>(() =>
            BookingWindow.Resolve(CorpTime.At(6, 1, 9), CorpTime.At(6, 1, 9, 30), Now + 20 * 60, Shanghai));

        Assert.Equal(SandboxErrors.BadTime, ex.ErrCode);
    }

    [Fact]
    public void Round_ZoneWithQuarterHourOffset_UsesLocalHalfHours()
    {
        var kathmandu = new CorpCalendar(TimeZoneInfo.FindSystemTimeZoneById("Asia/Kathmandu")); // UTC+05:45
        var local = new DateTimeOffset(2026, 6, 1, 10, 10, 0, TimeSpan.FromMinutes(345)).ToUnixTimeSeconds();

        var (start, end) = BookingWindow.Round(local, local + 3600, kathmandu);

        Assert.Equal(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.FromMinutes(345)).ToUnixTimeSeconds(), start);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 11, 30, 0, TimeSpan.FromMinutes(345)).ToUnixTimeSeconds(), end);
    }
}
