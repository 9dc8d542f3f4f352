using RoomBot.Core.Parsing.Text;

namespace RoomBot.Core.Tests.Parsing.Text;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("7", 7)]
    [InlineData("七", 7)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十五", 25)]
    [InlineData("九十九", 99)]
    public void Parse_DigitsOrNumerals_GiveTheNumber(string text, int expected) =>
        Assert.Equal(expected, ChineseNumerals.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("七个")]
    [InlineData("abc")]
    public void Parse_NotANumber_GivesNull(string text) => Assert.Null(ChineseNumerals.Parse(text));
}
