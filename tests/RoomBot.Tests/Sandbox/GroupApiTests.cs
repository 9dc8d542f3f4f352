using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoomBot.Sandbox.Chat;
using RoomBot.Sandbox.Storage;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>appchat/create|send and webhook/send over HTTP.</summary>
public sealed class GroupApiTests
{
    [Fact]
    public async Task CreateAndSend_AppChat_StoresTheMessageInThatGroup()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var created = SandboxAssert.Ok(await api.PostAsync("appchat/create",
            """{"name":"周会群","owner":"zhangsan","userlist":["zhangsan","lisi","wangwu"],"chatid":"weekly1"}"""));
        SandboxAssert.Ok(await api.PostAsync("appchat/send", """{"chatid":"weekly1","msgtype":"text","text":{"content":"10分钟后开会"},"safe":0}"""));

        Assert.Equal("weekly1", created.GetProperty("chatid").GetString());
        var group = Assert.Single(await GroupsAsync(app), g => g.GroupId == "weekly1");
        Assert.Equal(SandboxGroupKind.AppChat, group.Kind);
        Assert.Equal("周会群", group.Name);
        var message = Assert.Single(await MessagesAsync(app, "weekly1"));
        Assert.Equal("10分钟后开会", JsonDocument.Parse(message.ContentJson).RootElement.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Create_WithoutChatId_GeneratesAlphanumericId()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var chatId = SandboxAssert.Ok(await api.PostAsync("appchat/create", """{"userlist":["zhangsan","lisi"]}"""))
            .GetProperty("chatid").GetString()!;

        Assert.InRange(chatId.Length, 1, 32);
        Assert.All(chatId, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
    }

    [Theory]
    [InlineData("""{"userlist":["zhangsan","ghost"]}""", 60111)]
    [InlineData("""{"userlist":["zhangsan","lisi"],"chatid":"abcdefghijklmnopqrstuvwxyz0123456"}""", 40058)]
    [InlineData("""{"userlist":["zhangsan","lisi"],"owner":"wangwu"}""", 40058)]
    public async Task Create_BadMembersOrChatId_IsRefusedWithoutAGroup(string body, int errcode)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var before = (await GroupsAsync(app)).Count;

        SandboxAssert.Error(errcode, await api.PostAsync("appchat/create", body));

        Assert.Equal(before, (await GroupsAsync(app)).Count);
    }

    [Fact]
    public async Task Create_ExistingChatId_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        SandboxAssert.Ok(await api.PostAsync("appchat/create", """{"userlist":["zhangsan","lisi"],"chatid":"team"}"""));

        SandboxAssert.Error(40058, await api.PostAsync("appchat/create", """{"userlist":["wangwu","lisi"],"chatid":"team"}"""));
    }

    [Fact]
    public async Task Send_UnknownChat_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(93911, await api.PostAsync("appchat/send", """{"chatid":"nochat","msgtype":"text","text":{"content":"hi"}}"""));
    }

    [Fact]
    public async Task Send_TemplateCardToAppChat_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        SandboxAssert.Ok(await api.PostAsync("appchat/create", """{"userlist":["zhangsan","lisi"],"chatid":"team"}"""));

        SandboxAssert.Error(40008, await api.PostAsync("appchat/send",
            """{"chatid":"team","msgtype":"template_card","template_card":{"card_type":"text_notice"}}"""));
        Assert.Empty(await MessagesAsync(app, "team"));
    }

    [Fact]
    public async Task WebhookSend_ConfiguredKey_PostsToThatRobotsGroup()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Ok(await api.SendRawAsync(HttpMethod.Post, "/cgi-bin/webhook/send?key=demo-design-robot-key",
            """{"msgtype":"text","text":{"content":"设计评审 10:00 @张三","mentioned_list":["zhangsan"]}}"""));

        var message = Assert.Single(await MessagesAsync(app, SandboxGroup.RobotGroupId("demo-design-robot-key")));
        Assert.Equal("zhangsan", JsonDocument.Parse(message.ContentJson).RootElement.GetProperty("mentioned_list")[0].GetString());
        Assert.Equal("design", Assert.Single(await GroupsAsync(app), g => g.WebhookKey == "demo-design-robot-key").Name);
    }

    [Fact]
    public async Task WebhookSend_KeyRegisteredThroughSandbox_IsAccepted()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SandboxChatService>().RegisterRobotAsync("运营群", "ops-key", default);
        }

        SandboxAssert.Ok(await api.SendRawAsync(HttpMethod.Post, "/cgi-bin/webhook/send?key=ops-key",
            """{"msgtype":"markdown","markdown":{"content":"**提醒**"}}"""));
    }

    [Theory]
    [InlineData("/cgi-bin/webhook/send?key=unknown")]
    [InlineData("/cgi-bin/webhook/send")]
    public async Task WebhookSend_UnknownOrMissingKey_Returns93000(string path)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(93000, await api.SendRawAsync(HttpMethod.Post, path, """{"msgtype":"text","text":{"content":"hi"}}"""));
    }

    [Fact]
    public async Task WebhookSend_TextOver2048Bytes_Returns40058()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var content = new string('会', 700); // 2100 bytes in UTF-8

        SandboxAssert.Error(40058, await api.SendRawAsync(HttpMethod.Post, "/cgi-bin/webhook/send?key=demo-design-robot-key",
            JsonSerializer.Serialize(new { msgtype = "text", text = new { content } })));
    }

    private static async Task<IReadOnlyList<SandboxGroup>> GroupsAsync(RoomBotApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SandboxChatService>().GroupsAsync(default);
    }

    private static async Task<IReadOnlyList<SandboxGroupMessage>> MessagesAsync(RoomBotApplication app, string groupId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SandboxChatService>().GroupMessagesAsync(groupId, default);
    }
}
