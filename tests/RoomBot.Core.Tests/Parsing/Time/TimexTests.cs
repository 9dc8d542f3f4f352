using RoomBot.Core.Parsing.Time;

namespace RoomBot.Core.Tests.Parsing.Time;

public sealed class TimexTests
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    [Theory]
    [InlineData("XXXX-WXX-4", false, "2026-11-26")]
    [InlineData("XXXX-WXX-2", false, "2026-11-24")]
    [InlineData("XXXX-WXX-2", true, "2026-12-01")]
    [InlineData("XXXX-WXX-7", false, "2026-11-29")]
    [InlineData("XXXX-XX-01", false, "2026-12-01")]
    [InlineData("XXXX-XX-24", false, "2026-11-24")]
    [InlineData("XXXX-XX-31", false, "2026-12-31")]
    [InlineData("XXXX-11-20", false, "2027-11-20")]
    [InlineData("XXXX-01-05", false, "2027-01-05")]
    [InlineData("2026-11-25T15", false, "2026-11-25")]
    public void ResolveDay_PartialDate_PrefersTheNextOccurrence(string timex, bool strictlyAfterToday, string expected)
    {
        var day = Timex.Parse(timex)!.ResolveDay(Tuesday, strictlyAfterToday);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    [Theory]
    [InlineData("T15:30", 15, 30)]
    [InlineData("XXXX-WXX-4T14", 14, 0)]
    [InlineData("2026-11-25T09", 9, 0)]
    public void Parse_TimePart_IsRead(string timex, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), Timex.Parse(timex)!.Time);

    [Theory]
    [InlineData("2026-11-25TAF")]
    [InlineData("TEV")]
    public void Parse_DayPart_IsFlagged(string timex) => Assert.True(Timex.Parse(timex)!.DayPart);

    [Fact]
    public void Parse_Unknown_GivesNull() => Assert.Null(Timex.Parse("P1W"));
}
