using Moq;
using RoomBot.Core.Conversation;
using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;
using RoomBot.Core.Tests.Conversation.Infrastructure;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Tests.Conversation;

public sealed class ConversationDispatcherTests : IDisposable
{
    private readonly ConversationHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Dispatch_EnterAgent_GreetsInBothLanguages()
    {
        var replies = await _bot.DispatchAsync(new IncomingMessage(IncomingKind.Entered, "zhangsan", ConversationHarness.Now));

        var text = replies.AllText();
        Assert.Contains("I book meeting rooms", text, StringComparison.Ordinal);
        Assert.Contains("我可以帮你", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_Image_ShortNoteAndUnknownEvent_Silence()
    {
        var image = await _bot.DispatchAsync(new IncomingMessage(IncomingKind.Other, "zhangsan", ConversationHarness.Now) { OtherType = "image" });
        var unknownEvent = await _bot.DispatchAsync(new IncomingMessage(IncomingKind.Other, "zhangsan", ConversationHarness.Now)
        {
            OtherType = "event/change_contact",
        });

        Assert.Contains("text messages", image.AllText(), StringComparison.Ordinal);
        Assert.Empty(unknownEvent);
    }

    [Fact]
    public async Task Dispatch_HandlerThrows_FriendlyReplyInTheUsersLanguageNeverAnException()
    {
        _bot.Parser.Setup(p => p.Parse(It.IsAny<string>(), It.IsAny<ParseContext>())).Throws(new InvalidOperationException("boom"));

        var replies = await _bot.SayAsync("zhangsan", "订会议室");

        Assert.Equal("抱歉，出了点问题，请稍后再试。", Assert.Single(replies.OfType<BotReply.Text>()).Content);
        Assert.Single(_bot.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task Dispatch_UnknownErrcodeWhileListing_FriendlyReplyWithErrmsg()
    {
        _bot.WeCom.Mock.Setup(a => a.GetBookingInfoAsync(It.IsAny<BookingInfoQuery>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new WeCom.Api.WeComApiException(123456, "strange failure", "oa/meetingroom/get_booking_info"));
        _bot.Understands("my bookings", new ParsedRequest { Intent = Intent.MyBookings });

        var replies = await _bot.SayAsync("zhangsan", "my bookings");

        Assert.Contains("strange failure", replies.AllText(), StringComparison.Ordinal);
        Assert.Single(_bot.Logs.Lines, l => l.Message.Contains("errcode 123456, strange failure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dispatch_HelpWhileWeComIsUnreachable_StillAnswersHelp()
    {
        _bot.WeCom.Mock.Setup(a => a.ListMeetingRoomsAsync(It.IsAny<MeetingRoomQuery?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("Name or service not known"));
        _bot.Understands("help", new ParsedRequest { Intent = Intent.Help });
        _bot.Understands("my bookings", new ParsedRequest { Intent = Intent.MyBookings });

        var help = await _bot.SayAsync("zhangsan", "help");
        var mine = await _bot.SayAsync("zhangsan", "my bookings");

        Assert.Contains("I book meeting rooms", help.AllText(), StringComparison.Ordinal);
        Assert.Contains("did not answer", mine.AllText(), StringComparison.Ordinal);
    }
}
