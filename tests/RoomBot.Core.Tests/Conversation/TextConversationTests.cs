using Moq;
using RoomBot.Core.Conversation;
using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;
using RoomBot.Core.Replies;
using RoomBot.Core.Tests.Conversation.Infrastructure;
using RoomBot.WeCom.Contracts;
using static RoomBot.Core.Tests.Conversation.Infrastructure.ConversationHarness;

namespace RoomBot.Core.Tests.Conversation;

public sealed class TextConversationTests : IDisposable
{
    private readonly ConversationHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Clarification_AnswerMergedIntoThePendingRequest_Books()
    {
        var question = new ParsedRequest { Intent = Intent.Book, MeetingRoomId = 2, Clarify = "When should I book it?" };
        _bot.Understands("book room 2", question);
        _bot.Understands("3pm", new ParsedRequest { Intent = Intent.Unknown, Clarify = null });
        _bot.Parser.Setup(p => p.MergeAnswer(It.Is<ParsedRequest>(r => r.MeetingRoomId == 2), "3pm", It.IsAny<ParseContext>()))
            .Returns(Book(2, At(24, 15), At(24, 16)));

        var asked = await _bot.SayAsync("zhangsan", "book room 2");
        var booked = await _bot.SayAsync("zhangsan", "3pm");

        Assert.Equal("When should I book it?", asked.AllText());
        Assert.Equal("2号会议室", booked.SingleCard().Field("Room"));
        Assert.Null(await _bot.Pending.GetAsync("zhangsan", Now, default));
    }

    [Fact]
    public async Task Clarification_AnswerAfterTenMinutes_ParsedAsANewMessage()
    {
        _bot.Understands("book room 2", new ParsedRequest { Intent = Intent.Book, MeetingRoomId = 2, Clarify = "When?" });
        _bot.Understands("3pm", new ParsedRequest { Intent = Intent.Unknown });
        await _bot.SayAsync("zhangsan", "book room 2");

        _bot.Time.Advance(TimeSpan.FromMinutes(11));
        var replies = await _bot.SayAsync("zhangsan", "3pm");

        Assert.Contains("didn't get that", replies.AllText(), StringComparison.Ordinal);
        _bot.Parser.Verify(p => p.MergeAnswer(It.IsAny<ParsedRequest>(), It.IsAny<string>(), It.IsAny<ParseContext>()), Times.Never);
    }

    [Fact]
    public async Task Clarification_ANewCompleteRequest_ReplacesThePendingOne()
    {
        _bot.Understands("book room 2", new ParsedRequest { Intent = Intent.Book, MeetingRoomId = 2, Clarify = "When?" });
        _bot.Understands("my bookings", new ParsedRequest { Intent = Intent.MyBookings });
        await _bot.SayAsync("zhangsan", "book room 2");

        var replies = await _bot.SayAsync("zhangsan", "my bookings");

        Assert.Contains("no upcoming bookings", replies.AllText(), StringComparison.Ordinal);
        _bot.Parser.Verify(p => p.MergeAnswer(It.IsAny<ParsedRequest>(), It.IsAny<string>(), It.IsAny<ParseContext>()), Times.Never);
    }

    [Fact]
    public async Task Clarification_IsPerUser()
    {
        _bot.Understands("book room 2", new ParsedRequest { Intent = Intent.Book, MeetingRoomId = 2, Clarify = "When?" });
        _bot.Understands("3pm", new ParsedRequest { Intent = Intent.Unknown });
        await _bot.SayAsync("zhangsan", "book room 2");

        await _bot.SayAsync("lisi", "3pm");

        _bot.Parser.Verify(p => p.MergeAnswer(It.IsAny<ParsedRequest>(), It.IsAny<string>(), It.IsAny<ParseContext>()), Times.Never);
        Assert.NotNull(await _bot.Pending.GetAsync("zhangsan", Now, default));
    }

    [Theory]
    [InlineData("the second one")]
    [InlineData("2")]
    [InlineData("第二个")]
    public async Task TypedPick_OfTheLatestChoices_ActsLikeItsButton(string pick)
    {
        _bot.WeCom.Add(2, At(25, 9), At(25, 10), "zhangsan");
        var second = _bot.WeCom.Add(7, At(25, 14), At(25, 15), "zhangsan");
        _bot.Understands("cancel tomorrow", new ParsedRequest { Intent = Intent.Cancel, Date = new DateOnly(2026, 11, 25) });
        await _bot.SayAsync("zhangsan", "cancel tomorrow");

        var replies = await _bot.SayAsync("zhangsan", pick);

        Assert.DoesNotContain(replies, r => r is BotReply.UpdateButton);
        Assert.Equal(BookingStatus.Cancelled, _bot.WeCom.StatusOf(second));
    }

    [Fact]
    public async Task TypedPick_OfTheLatestChoicesWhileAQuestionWaits_ClearsTheQuestion()
    {
        _bot.WeCom.Add(2, At(25, 9), At(25, 10), "zhangsan");
        var second = _bot.WeCom.Add(7, At(25, 14), At(25, 15), "zhangsan");
        _bot.Understands("book room 2", new ParsedRequest { Intent = Intent.Book, MeetingRoomId = 2, Clarify = "When?" });
        _bot.Understands("cancel tomorrow", new ParsedRequest { Intent = Intent.Cancel, Date = new DateOnly(2026, 11, 25) });
        await _bot.SayAsync("zhangsan", "book room 2");
        // A complete request in between replaces the question; asking again leaves one waiting beside the choice card.
        await _bot.SayAsync("zhangsan", "cancel tomorrow");
        await _bot.SayAsync("zhangsan", "book room 2");

        await _bot.SayAsync("zhangsan", "2");

        Assert.Equal(BookingStatus.Cancelled, _bot.WeCom.StatusOf(second));
        Assert.Null(await _bot.Pending.GetAsync("zhangsan", Now, default));
    }

    [Fact]
    public async Task TypedPick_OfTheParsersRoomQuestion_AnswersWithThatRoomsName()
    {
        _bot.Understands("book the meeting room at 3", new ParsedRequest
        {
            Intent = Intent.Book, Start = At(24, 15), End = At(24, 16),
            Clarify = "Several rooms match: 1号会议室, 2号会议室. Which one?",
        });
        _bot.Understands("2号会议室", new ParsedRequest { Intent = Intent.Unknown, MeetingRoomId = 2 });
        _bot.Parser.Setup(p => p.MergeAnswer(It.IsAny<ParsedRequest>(), "2号会议室", It.IsAny<ParseContext>()))
            .Returns(Book(2, At(24, 15), At(24, 16)));
        await _bot.SayAsync("zhangsan", "book the meeting room at 3");

        var replies = await _bot.SayAsync("zhangsan", "the second one");

        Assert.Equal("2号会议室", replies.SingleCard().Field("Room"));
    }

    [Fact]
    public async Task Help_InTheUsersLanguage()
    {
        _bot.Understands("帮助", new ParsedRequest { Intent = Intent.Help, Language = Language.Chinese });

        var replies = await _bot.SayAsync("zhangsan", "帮助");

        Assert.Contains("订2号会议室", replies.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReminderCommand_HandledByTheRemindersFirst()
    {
        var reminders = new Mock<IReminderConversation>();
        reminders.Setup(r => r.TryHandleTextAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new BotReply.Text("group added")]);
        using var bot = new ConversationHarness(reminderConversation: reminders.Object);

        var replies = await bot.SayAsync("zhangsan", "add group design KEY");

        Assert.Equal("group added", replies.AllText());
        bot.Parser.Verify(p => p.Parse(It.IsAny<string>(), It.IsAny<ParseContext>()), Times.Never);
    }
}
