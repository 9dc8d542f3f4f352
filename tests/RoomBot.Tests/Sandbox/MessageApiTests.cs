using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoomBot.Sandbox.Chat;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>message/send and message/update_template_card over HTTP, checked against what the chat page would show.</summary>
public sealed class MessageApiTests
{
    private const string Card = """
        {"card_type":"button_interaction","source":{"desc":"RoomBot"},"main_title":{"title":"已预定 1号会议室"},
         "horizontal_content_list":[{"keyname":"时间","value":"10:00-11:00"}],"task_id":"task-1",
         "button_list":[{"text":"取消预定","style":3,"key":"cancel:bk1"}]}
        """;

    [Fact]
    public async Task Send_Text_StoresItInTheUsersConversation()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var answer = SandboxAssert.Ok(await api.PostAsync("message/send",
            """{"touser":"zhangsan","msgtype":"text","agentid":1000002,"text":{"content":"你好 hello"}}"""));

        Assert.False(answer.TryGetProperty("response_code", out _));
        var message = Assert.Single(await ConversationAsync(app, "zhangsan"));
        Assert.True(message.FromBot);
        Assert.Equal("text", message.MsgType);
        Assert.Equal("你好 hello", JsonDocument.Parse(message.ContentJson).RootElement.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Send_MarkdownToTwoUsersAndAnUnknownOne_DeliversAndReportsInvalidUser()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var answer = SandboxAssert.Ok(await api.PostAsync("message/send",
            """{"touser":"zhangsan|lisi|ghost","msgtype":"markdown","agentid":1000002,"markdown":{"content":"**会议**"}}"""));

        Assert.Equal("ghost", answer.GetProperty("invaliduser").GetString());
        Assert.Equal("markdown", Assert.Single(await ConversationAsync(app, "lisi")).MsgType);
        Assert.Single(await ConversationAsync(app, "zhangsan"));
    }

    [Fact]
    public async Task Send_OnlyUnknownUsers_Returns81013()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(81013, await api.PostAsync("message/send",
            """{"touser":"ghost","msgtype":"text","agentid":1000002,"text":{"content":"hi"}}"""));
    }

    [Theory]
    [InlineData("""{"touser":"zhangsan","msgtype":"text","agentid":42,"text":{"content":"hi"}}""", 40056)]
    [InlineData("""{"touser":"zhangsan","msgtype":"voice","agentid":1000002,"voice":{"media_id":"m"}}""", 40008)]
    [InlineData("""{"touser":"zhangsan","msgtype":"text","agentid":1000002,"text":{"content":""}}""", 40058)]
    [InlineData("""{"touser":"zhangsan","msgtype":"template_card","agentid":1000002,"template_card":{"card_type":"button_interaction","task_id":"t"}}""", 40058)]
    public async Task Send_BadMessage_IsRefusedAndNothingStored(string body, int errcode)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(errcode, await api.PostAsync("message/send", body));

        Assert.Empty(await ConversationAsync(app, "zhangsan"));
    }

    [Fact]
    public async Task Send_ButtonCard_ReturnsResponseCodeAndStoresTheCard()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var answer = SandboxAssert.Ok(await SendCardAsync(api));

        Assert.False(string.IsNullOrEmpty(answer.GetProperty("response_code").GetString()));
        var message = Assert.Single(await ConversationAsync(app, "zhangsan"));
        Assert.Equal("template_card", message.MsgType);
        Assert.Equal("task-1", message.TaskId);
        Assert.Equal("cancel:bk1", JsonDocument.Parse(message.ContentJson).RootElement.GetProperty("button_list")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task UpdateTemplateCard_ReplaceName_GreysButtonsOnceThen60140()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var code = SandboxAssert.Ok(await SendCardAsync(api)).GetProperty("response_code").GetString();
        var update = $$"""{"userids":["zhangsan"],"agentid":1000002,"response_code":"{{code}}","button":{"replace_name":"已取消"} }""";

        SandboxAssert.Ok(await api.PostAsync("message/update_template_card", update));
        SandboxAssert.Error(60140, await api.PostAsync("message/update_template_card", update));

        Assert.Equal("已取消", Assert.Single(await ConversationAsync(app, "zhangsan")).ReplacedName);
    }

    [Fact]
    public async Task UpdateTemplateCard_NewCard_ReplacesTheCard()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var code = SandboxAssert.Ok(await SendCardAsync(api)).GetProperty("response_code").GetString();

        SandboxAssert.Ok(await api.PostAsync("message/update_template_card", $$"""
            {"agentid":1000002,"response_code":"{{code}}",
             "template_card":{"card_type":"button_interaction","main_title":{"title":"已取消"},"task_id":"task-1","replace_text":"已取消"} }
            """));

        var message = Assert.Single(await ConversationAsync(app, "zhangsan"));
        Assert.Equal("已取消", JsonDocument.Parse(message.ReplacedCardJson!).RootElement.GetProperty("replace_text").GetString());
    }

    [Fact]
    public async Task UpdateTemplateCard_UnknownCode_Returns60140()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(60140, await api.PostAsync("message/update_template_card",
            """{"agentid":1000002,"response_code":"made-up","button":{"replace_name":"x"}}"""));
    }

    [Fact]
    public async Task UpdateTemplateCard_CodeFromAClick_WorksOnce()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        await SendCardAsync(api);
        var card = Assert.Single(await ConversationAsync(app, "zhangsan"));
        string? clickCode;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            clickCode = await scope.ServiceProvider.GetRequiredService<SandboxChatService>().RecordClickAsync(card.Id, "cancel:bk1", default);
        }

        SandboxAssert.Ok(await api.PostAsync("message/update_template_card",
            $$"""{"agentid":1000002,"response_code":"{{clickCode}}","button":{"replace_name":"处理中"} }"""));

        var updated = Assert.Single(await ConversationAsync(app, "zhangsan"));
        Assert.Equal("cancel:bk1", updated.ClickedKey);
        Assert.Equal("处理中", updated.ReplacedName);
    }

    private static Task<JsonElement> SendCardAsync(SandboxApi api) =>
        api.PostAsync("message/send", $$"""{"touser":"zhangsan","msgtype":"template_card","agentid":1000002,"template_card":{{Card}}}""");

    private static async Task<IReadOnlyList<RoomBot.Sandbox.Storage.SandboxChatMessage>> ConversationAsync(RoomBotApplication app, string userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SandboxChatService>().ConversationAsync(userId, default);
    }
}
