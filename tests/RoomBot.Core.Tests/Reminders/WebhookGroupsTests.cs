using Moq;
using RoomBot.Core.Reminders;

namespace RoomBot.Core.Tests.Reminders;

public sealed class WebhookGroupsTests
{
    [Theory]
    [InlineData("693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa", "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa")]
    [InlineData("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcd-1234-ef&debug=1", "abcd-1234-ef")]
    [InlineData("short", null)]
    [InlineData("has space in it", null)]
    [InlineData("", null)]
    public void ParseKey_Value_KeyOrNull(string value, string? expected)
    {
        Assert.Equal(expected, WebhookGroups.ParseKey(value));
    }

    [Theory]
    [InlineData("Design")]
    [InlineData("design group")]
    [InlineData("design组")]
    public async Task FindKeyAsync_ConfiguredName_FoundWithoutCaseOrSuffix(string asked)
    {
        var options = new RemindersOptions { Webhooks = new() { ["design"] = "design-robot-key" } };
        var groups = new WebhookGroups(options, Mock.Of<IWebhookGroupStore>());

        Assert.Equal("design-robot-key", await groups.FindKeyAsync(asked, default));
    }

    [Fact]
    public async Task FindKeyAsync_RegisteredInChat_AskedUnderItsNormalizedName()
    {
        var store = new Mock<IWebhookGroupStore>();
        store.Setup(s => s.FindKeyAsync("设计", It.IsAny<CancellationToken>())).ReturnsAsync("chat-registered-key");
        var groups = new WebhookGroups(new RemindersOptions(), store.Object);

        Assert.Equal("chat-registered-key", await groups.FindKeyAsync("设计组", default));
        Assert.Null(await groups.FindKeyAsync("市场部", default));
    }
}
