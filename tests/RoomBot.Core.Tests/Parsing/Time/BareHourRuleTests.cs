using RoomBot.Core.Parsing.Time;

namespace RoomBot.Core.Tests.Parsing.Time;

public sealed class BareHourRuleTests
{
    [Theory]
    [InlineData(0, 12)]
    [InlineData(1, 13)]
    [InlineData(3, 15)]
    [InlineData(6, 18)]
    [InlineData(7, 7)]
    [InlineData(9, 9)]
    [InlineData(11, 11)]
    public void Choose_BareHour_FollowsTheWorkdayConvention(int morningHour, int expectedHour) =>
        Assert.Equal(expectedHour, BareHourRule.Choose(new TimeOnly(morningHour, 15)).Hour);

    [Fact]
    public void AreTwins_TwelveHoursApart_IsTrue() =>
        Assert.True(BareHourRule.AreTwins(new TimeOnly(3, 30), new TimeOnly(15, 30)));

    [Fact]
    public void AreTwins_DifferentMinutes_IsFalse() =>
        Assert.False(BareHourRule.AreTwins(new TimeOnly(3, 30), new TimeOnly(15, 0)));
}
