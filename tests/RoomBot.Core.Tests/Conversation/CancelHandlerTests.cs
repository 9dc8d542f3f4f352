using Moq;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;
using RoomBot.Core.Tests.Conversation.Infrastructure;
using RoomBot.WeCom.Contracts;
using static RoomBot.Core.Tests.Conversation.Infrastructure.ConversationHarness;

namespace RoomBot.Core.Tests.Conversation;

public sealed class CancelHandlerTests : IDisposable
{
    private readonly ConversationHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    private static ParsedRequest Cancel(DateTimeOffset? at = null, DateOnly? date = null, Language language = Language.English) =>
        new() { Intent = Intent.Cancel, Language = language, Start = at, Date = date };

    [Fact]
    public async Task Cancel_OneMatch_CancelsItAndTellsTheReminders()
    {
        var mine = _bot.WeCom.Add(2, At(24, 15), At(24, 16), "zhangsan");
        _bot.WeCom.Add(1, At(24, 15), At(24, 16), "lisi");
        _bot.Understands("cancel my 3pm booking", Cancel(at: At(24, 15)));

        var replies = await _bot.SayAsync("zhangsan", "cancel my 3pm booking");

        Assert.Contains("Cancelled 2号会议室", replies.AllText(), StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Cancelled, _bot.WeCom.StatusOf(mine));
        _bot.WeCom.Mock.Verify(a => a.CancelBookAsync(It.Is<CancelBookRequest>(r => r.BookingId == mine && r.CancelDate == null),
            It.IsAny<CancellationToken>()), Times.Once);
        _bot.Reminders.Verify(r => r.CancelAsync(mine, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Cancel_SearchesDayByDay_NeverAcrossDays()
    {
        _bot.Understands("cancel my booking", Cancel());

        await _bot.SayAsync("zhangsan", "cancel my booking");

        // 93620: 不支持跨天查询 — the week is 7 one-day queries.
        _bot.WeCom.Mock.Verify(a => a.GetBookingInfoAsync(It.Is<BookingInfoQuery>(q => q.EndTime - q.StartTime == 86400),
            It.IsAny<CancellationToken>()), Times.Exactly(7));
    }

    [Fact]
    public async Task Cancel_SeveralMatches_AsksWithNumberedButtonsThenCancelsThePickedOne()
    {
        var first = _bot.WeCom.Add(2, At(25, 9), At(25, 10), "zhangsan");
        var second = _bot.WeCom.Add(7, At(25, 14), At(25, 15), "zhangsan");
        _bot.Understands("取消明天的预定", Cancel(date: new DateOnly(2026, 11, 25), language: Language.Chinese));

        var card = (await _bot.SayAsync("zhangsan", "取消明天的预定")).SingleCard();

        Assert.Equal(["1. 2号会议室", "2. 7号会议室"], card.ButtonList!.Select(b => b.Text));
        Assert.Equal("2号会议室 · 11月25日周三 09:00–10:00", card.Field("1"));
        _bot.WeCom.Mock.Verify(a => a.CancelBookAsync(It.IsAny<CancelBookRequest>(), It.IsAny<CancellationToken>()), Times.Never);

        var replies = await _bot.ClickAsync("zhangsan", card.TaskId!, card.ButtonList![1].Key);

        Assert.Contains("已取消7号会议室", replies.AllText(), StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Cancelled, _bot.WeCom.StatusOf(second));
        Assert.Equal(BookingStatus.Booked, _bot.WeCom.StatusOf(first));
    }

    [Fact]
    public async Task Cancel_SeriesOccurrence_AsksThisDateOrSeriesAndCancelsThatDate()
    {
        _bot.WeCom.Add(2, At(30, 9), At(30, 10), "zhangsan", master: "series1");
        var later = _bot.WeCom.Add(2, At(30, 9).AddDays(7), At(30, 10).AddDays(7), "zhangsan", master: "series1");
        _bot.Understands("cancel monday", Cancel(date: new DateOnly(2026, 11, 30)));

        var card = (await _bot.SayAsync("zhangsan", "cancel monday")).SingleCard();
        var thisDate = card.ButtonList!.Single(b => b.Key.StartsWith("cancel-date:", StringComparison.Ordinal));
        Assert.Contains(card.ButtonList!, b => b.Key == "cancel-series:2:series1");

        await _bot.ClickAsync("zhangsan", card.TaskId!, thisDate.Key);

        _bot.WeCom.Mock.Verify(a => a.CancelBookAsync(It.Is<CancelBookRequest>(r =>
            r.BookingId == "series1" && r.CancelDate == At(30, 0).ToUnixTimeSeconds()), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(BookingStatus.Booked, _bot.WeCom.StatusOf(later));
    }

    [Fact]
    public async Task Cancel_BookedByAnotherApp_SaysWeComRefusedWithItsReason()
    {
        _bot.WeCom.Add(2, At(24, 15), At(24, 16), "zhangsan");
        _bot.WeCom.Mock.Setup(a => a.CancelBookAsync(It.IsAny<CancelBookRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new WeCom.Api.WeComApiException(90499, "不可取消其由他应用预定的会议室", "oa/meetingroom/cancel_book"));
        _bot.Understands("取消下午3点的预定", Cancel(at: At(24, 15), language: Language.Chinese));

        var replies = await _bot.SayAsync("zhangsan", "取消下午3点的预定");

        Assert.Equal("企业微信未能取消2号会议室 11月24日周二 15:00–16:00：不可取消其由他应用预定的会议室", replies.AllText());
        _bot.Reminders.Verify(r => r.CancelAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Cancel_NoMatch_SaysNothingFound()
    {
        _bot.WeCom.Add(2, At(24, 15), At(24, 16), "lisi");
        _bot.Understands("cancel", Cancel());

        var replies = await _bot.SayAsync("zhangsan", "cancel");

        Assert.Contains("found no booking", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_ByText_ThenTheBookingCardSaysAlreadyCancelled()
    {
        _bot.Understands("book", Book(2, At(25, 15), At(25, 16)));
        var card = (await _bot.SayAsync("zhangsan", "book")).SingleCard();
        await _bot.Cards.MarkSentAsync(card.TaskId!, "rc-sent", default);
        _bot.Understands("cancel", Cancel(at: At(25, 15)));

        await _bot.SayAsync("zhangsan", "cancel");
        var replies = await _bot.ClickAsync("zhangsan", card.TaskId!, card.ButtonList![0].Key);

        Assert.Contains("already cancelled", replies.AllText(), StringComparison.Ordinal);
        // The card was greyed through the response_code message/send returned (94945).
        _bot.WeCom.Mock.Verify(a => a.UpdateTemplateCardAsync(It.Is<UpdateTemplateCardRequest>(r =>
            r.ResponseCode == "rc-sent" && r.Button!.ReplaceName == "Cancelled"), It.IsAny<CancellationToken>()), Times.Once);
        _bot.WeCom.Mock.Verify(a => a.CancelBookAsync(It.IsAny<CancelBookRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
