using RoomBot.Core.Parsing;
using RoomBot.Core.Parsing.Text;

namespace RoomBot.Core.Tests.Parsing.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("book room 7 tomorrow 3pm", Language.English)]
    [InlineData("明天下午3点订会议室", Language.Chinese)]
    [InlineData("明天3pm订", Language.Chinese)]
    [InlineData("book tomorrow 3pm 谢谢", Language.English)]
    [InlineData("", Language.English)]
    public void Detect_MixedText_FollowsTheMajority(string text, Language expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));
}
