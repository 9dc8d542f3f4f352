using Moq;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;
using RoomBot.Core.Tests.Conversation.Infrastructure;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;
using static RoomBot.Core.Tests.Conversation.Infrastructure.ConversationHarness;

namespace RoomBot.Core.Tests.Conversation;

public sealed class CardActionHandlerTests : IDisposable
{
    private readonly ConversationHarness _bot = new(o => o.Admins = ["admin"]);

    public void Dispose() => _bot.Dispose();

    private async Task<(TemplateCard Card, string BookingId)> BookedCardAsync(Language language = Language.English)
    {
        _bot.Understands("book", Book(2, At(25, 15), At(25, 16), language));
        var card = (await _bot.SayAsync("zhangsan", "book")).SingleCard();
        return (card, _bot.WeCom.Bookings.Single().Slot.BookingId);
    }

    [Fact]
    public async Task Cancel_BookerClicks_CancelsAndGreysTheCard()
    {
        var (card, bookingId) = await BookedCardAsync();

        var replies = await _bot.ClickAsync("zhangsan", card.TaskId!, card.ButtonList![0].Key);

        Assert.Equal("Cancelled", Assert.IsType<BotReply.UpdateButton>(replies[0]).ReplaceName);
        Assert.Contains("Cancelled 2号会议室 Wed 25 Nov 15:00–16:00", replies.AllText(), StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Cancelled, _bot.WeCom.StatusOf(bookingId));
        _bot.Reminders.Verify(r => r.CancelAsync(bookingId, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Cancel_ChineseCard_UpdatesWithChineseLabel()
    {
        var (card, _) = await BookedCardAsync(Language.Chinese);

        var replies = await _bot.ClickAsync("zhangsan", card.TaskId!, card.ButtonList![0].Key);

        Assert.Equal("已取消", Assert.IsType<BotReply.UpdateButton>(replies[0]).ReplaceName);
    }

    [Fact]
    public async Task Cancel_SameClickDeliveredFourTimes_CancelBookCalledOnce()
    {
        var (card, _) = await BookedCardAsync();
        var key = card.ButtonList![0].Key;

        var replies = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _bot.ClickAsync("zhangsan", card.TaskId!, key)));

        _bot.WeCom.Mock.Verify(a => a.CancelBookAsync(It.IsAny<CancelBookRequest>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.All(replies, r => Assert.IsType<BotReply.UpdateButton>(r[0]));
        Assert.Equal(3, replies.Count(r => r.AllText().Contains("already cancelled", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Cancel_AnotherUserClicks_PolitelyRefusedAndBookingKept()
    {
        var (card, bookingId) = await BookedCardAsync();

        var replies = await _bot.ClickAsync("lisi", card.TaskId!, card.ButtonList![0].Key);

        var text = Assert.Single(replies.OfType<BotReply.Text>()).Content;
        Assert.Contains("only 张三", text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r is BotReply.UpdateButton);
        Assert.Equal(BookingStatus.Booked, _bot.WeCom.StatusOf(bookingId));
        _bot.WeCom.Mock.Verify(a => a.CancelBookAsync(It.IsAny<CancelBookRequest>(), It.IsAny<CancellationToken>()), Times.Never);

        await _bot.ClickAsync("zhangsan", card.TaskId!, card.ButtonList![0].Key);
        Assert.Equal(BookingStatus.Cancelled, _bot.WeCom.StatusOf(bookingId));
    }

    [Fact]
    public async Task Cancel_AdminClicks_Cancels()
    {
        var (card, bookingId) = await BookedCardAsync();

        await _bot.ClickAsync("admin", card.TaskId!, card.ButtonList![0].Key);

        Assert.Equal(BookingStatus.Cancelled, _bot.WeCom.StatusOf(bookingId));
    }

    [Fact]
    public async Task Cancel_WeComBusy_FriendlyMessageAndTheButtonWorksAgain()
    {
        var (card, bookingId) = await BookedCardAsync();
        var key = card.ButtonList![0].Key;
        _bot.WeCom.Mock.SetupSequence(a => a.CancelBookAsync(It.IsAny<CancelBookRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new WeComApiException(-1, "system busy", "oa/meetingroom/cancel_book"))
            .Returns(Task.CompletedTask);

        var first = await _bot.ClickAsync("zhangsan", card.TaskId!, key);
        var second = await _bot.ClickAsync("zhangsan", card.TaskId!, key);

        Assert.Contains("busy", first.AllText(), StringComparison.Ordinal);
        Assert.Contains("Cancelled 2号会议室", second.AllText(), StringComparison.Ordinal);
        Assert.Equal(CardState.Cancelled, _bot.Cards.All.Single().State);
    }

    [Fact]
    public async Task Cancel_AlreadyCancelledInTheClient_SaysAlreadyCancelled()
    {
        var (card, bookingId) = await BookedCardAsync();
        _bot.WeCom.Bookings[0] = (2, _bot.WeCom.Bookings[0].Slot with { Status = BookingStatus.Cancelled });

        var replies = await _bot.ClickAsync("zhangsan", card.TaskId!, card.ButtonList![0].Key);

        Assert.Contains("already cancelled", replies.AllText(), StringComparison.Ordinal);
        _bot.Reminders.Verify(r => r.CancelAsync(bookingId, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Click_UnknownCard_SaysItIsNoLongerValid()
    {
        var replies = await _bot.ClickAsync("zhangsan", "nope", "cancel:2:bk1");

        Assert.Contains("no longer valid", replies.AllText(), StringComparison.Ordinal);
        _bot.WeCom.Mock.Verify(a => a.CancelBookAsync(It.IsAny<CancelBookRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
