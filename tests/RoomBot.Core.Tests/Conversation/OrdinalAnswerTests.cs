using RoomBot.Core.Conversation;

namespace RoomBot.Core.Tests.Conversation;

public sealed class OrdinalAnswerTests
{
    [Theory]
    [InlineData("the first one", 1)]
    [InlineData("First", 1)]
    [InlineData("2", 2)]
    [InlineData("#3", 3)]
    [InlineData("option 4", 4)]
    [InlineData("第一个", 1)]
    [InlineData("第二个", 2)]
    [InlineData("选3", 3)]
    [InlineData("三", 3)]
    public void TryParse_APick_ReturnsItsNumber(string text, int expected) => Assert.Equal(expected, OrdinalAnswer.TryParse(text));

    [Theory]
    [InlineData("book room 2")]
    [InlineData("3pm")]
    [InlineData("7")]
    [InlineData("2号会议室")]
    [InlineData("明天")]
    [InlineData("")]
    public void TryParse_NotAPick_ReturnsNull(string text) => Assert.Null(OrdinalAnswer.TryParse(text));
}
