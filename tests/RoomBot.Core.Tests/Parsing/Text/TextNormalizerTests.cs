using RoomBot.Core.Parsing.Text;

namespace RoomBot.Core.Tests.Parsing.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("订７号会议室，明天下午３点。", "订7号会议室,明天下午3点.")]
    [InlineData("  book   room\t7  ", "book room 7")]
    [InlineData("明天　下午３：３０～４：００", "明天 下午3:30~4:00")]
    [InlineData("３—４点", "3-4点")]
    [InlineData("标题“招聘同步”、@李四", "标题“招聘同步”、@李四")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize_FullWidthAndSpaces_FoldToAscii(string? input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));
}
