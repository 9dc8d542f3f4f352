using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoomBot.Sandbox.Callback;
using RoomBot.Sandbox.Chat;

using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

public sealed class CallbackDelivererTests : IAsyncLifetime
{
    private const string CardJson = """
        {"card_type":"button_interaction","source":{"desc":"RoomBot"},"main_title":{"title":"2号会议室 14:00-15:00"},
         "task_id":"task-1","button_list":[{"text":"取消预定","style":3,"key":"cancel:B1"},{"text":"保留","style":2,"key":"keep:B1"}]}
        """;

    // Long enough for a loaded CI machine to answer a delivery, short enough to keep the stall tests quick.
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(2);
        private FakeBot bot = null!;
    private RoomBotApplication host = null!;

    public async Task InitializeAsync()
    {
        bot = await FakeBot.StartAsync(CallbackSettings.Crypto());
        host = new RoomBotApplication(CallbackSettings.For(bot.CallbackUrl, ShortTimeout));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task SendTextAsync_BotAnswers_PostsEncryptedSignedTextMessage()
    {
        var delivery = await WithDeliverer(d => d.SendTextAsync("zhangsan", "help 帮助", CancellationToken.None));

        Assert.Equal(new CallbackDelivery(true, 1, 200, PassiveReplyOutcome.None), delivery);
        var posted = Assert.Single(bot.Deliveries);
        Assert.True(posted.SignatureValid);
        Assert.Equal(CallbackSettings.CorpId, posted.Envelope.Element("ToUserName")!.Value);
        Assert.Equal("1000002", posted.Envelope.Element("AgentID")!.Value);
        Assert.Equal(CallbackSettings.CorpId, posted.Plain.Element("ToUserName")!.Value);
        Assert.Equal("zhangsan", posted.Plain.Element("FromUserName")!.Value);
        Assert.Equal("text", posted.Plain.Element("MsgType")!.Value);
        Assert.Equal("help 帮助", posted.Plain.Element("Content")!.Value);
        Assert.True(long.Parse(posted.Plain.Element("MsgId")!.Value, System.Globalization.CultureInfo.InvariantCulture) > int.MaxValue);
        Assert.True(long.TryParse(posted.Timestamp, out _));
    }

    [Fact]
    public async Task SendTextAsync_BotStallsTwice_DeliversTheSameMessageThreeTimes()
    {
        bot.StallFirst = 2;

        var delivery = await WithDeliverer(d => d.SendTextAsync("lisi", "订明天下午的会议室", CancellationToken.None));

        Assert.True(delivery.Delivered);
        Assert.Equal(3, delivery.Attempts);
        var posts = bot.Deliveries.ToList();
        Assert.Equal(3, posts.Count);
        Assert.All(posts, p => Assert.Equal(posts[0].Body, p.Body));
        Assert.All(posts, p => Assert.Equal(posts[0].MsgSignature, p.MsgSignature));
        Assert.Single(posts.Select(p => p.Plain.Element("MsgId")!.Value).Distinct());
    }

    [Fact]
    public async Task SendTextAsync_BotNeverAnswers_GivesUpAfterFourDeliveries()
    {
        bot.StallFirst = int.MaxValue;

        var delivery = await WithDeliverer(d => d.SendTextAsync("lisi", "hello", CancellationToken.None));

        Assert.Equal(new CallbackDelivery(false, 4, null, PassiveReplyOutcome.NotDelivered), delivery);
        Assert.Equal(4, bot.Deliveries.Count);
    }

    [Fact]
    public async Task SendTextAsync_BotAnswers500_RetriesUntil200()
    {
        bot.FailFirst = 2;

        var delivery = await WithDeliverer(d => d.SendTextAsync("lisi", "hello", CancellationToken.None));

        Assert.Equal(new CallbackDelivery(true, 3, 200, PassiveReplyOutcome.None), delivery);
    }

    [Fact]
    public async Task SendTextAsync_PassiveTextReply_AppearsAsBotMessage()
    {
        bot.Reply = inbound => FakeBot.Replies.Text(inbound, "你好，我是 RoomBot");

        var delivery = await WithDeliverer(d => d.SendTextAsync("wangwu", "hi", CancellationToken.None));

        Assert.Equal(PassiveReplyOutcome.Text, delivery.Reply);
        var conversation = await WithChat(c => c.ConversationAsync("wangwu", CancellationToken.None));
        Assert.Collection(conversation,
            m => Assert.False(m.FromBot),
            m =>
            {
                Assert.True(m.FromBot);
                Assert.Equal("text", m.MsgType);
                Assert.Equal("你好，我是 RoomBot", JsonDocument.Parse(m.ContentJson).RootElement.GetProperty("content").GetString());
            });
    }

    [Fact]
    public async Task SendTextAsync_ReplyWithBadSignature_IsNotApplied()
    {
        bot.Reply = inbound => FakeBot.Replies.Text(inbound, "forged");
        bot.BadReplySignature = true;

        var delivery = await WithDeliverer(d => d.SendTextAsync("wangwu", "hi", CancellationToken.None));

        Assert.Equal(PassiveReplyOutcome.Rejected, delivery.Reply);
        var conversation = await WithChat(c => c.ConversationAsync("wangwu", CancellationToken.None));
        Assert.DoesNotContain(conversation, m => m.FromBot);
    }

    [Fact]
    public async Task ClickAsync_UpdateButtonReply_GreysTheClickedCard()
    {
        var card = await WithChat(c => c.RecordBotMessageAsync("zhaoliu", "template_card", CardJson, CancellationToken.None));
        bot.Reply = inbound => FakeBot.Replies.UpdateButton(inbound, "已取消");

        var delivery = await WithDeliverer(d => d.ClickAsync("zhaoliu", card.Id, "task-1", "button_interaction", "cancel:B1", CancellationToken.None));

        Assert.Equal(PassiveReplyOutcome.UpdateButton, delivery.Reply);
        var click = Assert.Single(bot.Deliveries).Plain;
        Assert.Equal("event", click.Element("MsgType")!.Value);
        Assert.Equal("template_card_event", click.Element("Event")!.Value);
        Assert.Equal("cancel:B1", click.Element("EventKey")!.Value);
        Assert.Equal("task-1", click.Element("TaskId")!.Value);
        Assert.Equal("button_interaction", click.Element("CardType")!.Value);
        Assert.False(string.IsNullOrEmpty(click.Element("ResponseCode")!.Value));
        var updated = (await WithChat(c => c.ConversationAsync("zhaoliu", CancellationToken.None))).Single(m => m.Id == card.Id);
        Assert.Equal("已取消", updated.ReplacedName);
    }

    [Fact]
    public async Task ClickAsync_TwoClicks_CarryDifferentResponseCodes()
    {
        var card = await WithChat(c => c.RecordBotMessageAsync("zhaoliu", "template_card", CardJson, CancellationToken.None));

        await WithDeliverer(d => d.ClickAsync("zhaoliu", card.Id, "task-1", "button_interaction", "keep:B1", CancellationToken.None));
        await WithDeliverer(d => d.ClickAsync("zhaoliu", card.Id, "task-1", "button_interaction", "keep:B1", CancellationToken.None));

        var codes = bot.Deliveries.Select(p => p.Plain.Element("ResponseCode")!.Value).ToList();
        Assert.Equal(2, codes.Distinct().Count());
    }

    [Fact]
    public async Task ClickAsync_UpdateTemplateCardReply_ReplacesTheClickedCard()
    {
        var card = await WithChat(c => c.RecordBotMessageAsync("sunqi", "template_card", CardJson, CancellationToken.None));
        bot.Reply = inbound => FakeBot.Replies.UpdateTemplateCard(inbound, "预定已取消", "已取消");

        var delivery = await WithDeliverer(d => d.ClickAsync("sunqi", card.Id, "task-1", "button_interaction", "cancel:B1", CancellationToken.None));

        Assert.Equal(PassiveReplyOutcome.UpdateTemplateCard, delivery.Reply);
        var updated = (await WithChat(c => c.ConversationAsync("sunqi", CancellationToken.None))).Single(m => m.Id == card.Id);
        var replaced = JsonDocument.Parse(updated.ReplacedCardJson!).RootElement;
        Assert.Equal("预定已取消", replaced.GetProperty("main_title").GetProperty("title").GetString());
        Assert.Equal("已取消", replaced.GetProperty("replace_text").GetString());
    }

    [Fact]
    public async Task SendTextAsync_UpdateButtonReplyToAText_IsNotApplied()
    {
        bot.Reply = inbound => FakeBot.Replies.UpdateButton(inbound, "已取消");

        var delivery = await WithDeliverer(d => d.SendTextAsync("sunqi", "hi", CancellationToken.None));

        Assert.Equal(PassiveReplyOutcome.Rejected, delivery.Reply);
    }

    [Fact]
    public async Task MeetingRoomEventAsync_Booked_PostsTheEventWithRoomAndBookingId()
    {
        await WithDeliverer(d => d.MeetingRoomEventAsync("book_meeting_room", "liuyang", 6, "bk123", CancellationToken.None));

        var posted = Assert.Single(bot.Deliveries).Plain;
        Assert.Equal("event", posted.Element("MsgType")!.Value);
        Assert.Equal("book_meeting_room", posted.Element("Event")!.Value);
        Assert.Equal("liuyang", posted.Element("FromUserName")!.Value);
        Assert.Equal("6", posted.Element("MeetingRoomId")!.Value);
        Assert.Equal("bk123", posted.Element("BookingId")!.Value);
        Assert.Null(posted.Element("MeetingId"));
    }

    [Fact]
    public async Task EnterAgentAsync_PostsEnterAgentEvent()
    {
        await WithDeliverer(d => d.EnterAgentAsync("xiaoming", CancellationToken.None));

        var posted = Assert.Single(bot.Deliveries).Plain;
        Assert.Equal("enter_agent", posted.Element("Event")!.Value);
        Assert.Equal("xiaoming", posted.Element("FromUserName")!.Value);
    }

    [Fact]
    public async Task SendTextAsync_NoCallbackUrlAndNoListeningAddress_FailsWithoutThrowing()
    {
        await using var inProcess = new RoomBotApplication(CallbackSettings.For(callbackUrl: null));
        await using var scope = inProcess.Services.CreateAsyncScope();

        var delivery = await scope.ServiceProvider.GetRequiredService<CallbackDeliverer>().SendTextAsync("lisi", "hi", CancellationToken.None);

        Assert.Equal(new CallbackDelivery(false, 0, null, PassiveReplyOutcome.NotDelivered), delivery);
    }

    private async Task<T> WithDeliverer<T>(Func<CallbackDeliverer, Task<T>> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CallbackDeliverer>());
    }

    private async Task<T> WithChat<T>(Func<SandboxChatService, Task<T>> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SandboxChatService>());
    }
}
