using Moq;
using RoomBot.Core.Conversation;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;
using RoomBot.Core.Replies;
using RoomBot.Core.Tests.Conversation.Infrastructure;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;
using static RoomBot.Core.Tests.Conversation.Infrastructure.ConversationHarness;

namespace RoomBot.Core.Tests.Conversation;

public sealed class BookHandlerTests : IDisposable
{
    private readonly ConversationHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Book_NamedFreeRoom_BooksAndSendsCardWithRoundedTimesAndCancelKey()
    {
        _bot.Understands("book room 2 tomorrow 15:15-15:45 with lisi", Book(2, At(25, 15, 15), At(25, 15, 45)) with
        {
            Attendees = ["lisi"], Subject = "Weekly sync",
        });

        var replies = await _bot.SayAsync("zhangsan", "book room 2 tomorrow 15:15-15:45 with lisi");

        var card = replies.SingleCard();
        Assert.Equal("button_interaction", card.CardType);
        Assert.Equal("2号会议室", card.Field("Room"));
        Assert.Equal("深圳 腾讯大厦 18F", card.Field("Location"));
        Assert.Equal("Wed 25 Nov 15:00–16:00", card.Field("Time")); // 93620 rounds to 30 minutes; shown as booked
        Assert.Equal("李四", card.Field("Attendees"));
        Assert.Equal("Weekly sync", card.Field("Subject"));
        var booking = Assert.Single(_bot.WeCom.Bookings);
        Assert.Equal($"cancel:2:{booking.Slot.BookingId}", Assert.Single(card.ButtonList!).Key);
        var stored = Assert.Single(_bot.Cards.All);
        Assert.Equal(card.TaskId, stored.TaskId);
        Assert.Equal("zhangsan", stored.Booker);
        _bot.WeCom.Mock.Verify(a => a.BookAsync(It.Is<BookRequest>(r =>
            r.MeetingRoomId == 2 && r.Booker == "zhangsan" && r.Attendees!.SequenceEqual(new[] { "lisi" })), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Book_EndNotAfterStart_AsksForTheEndAndKeepsTheTimes()
    {
        _bot.Understands("book room 2 tomorrow 4pm to 3pm", Book(2, At(25, 16), At(25, 15)));

        var replies = await _bot.SayAsync("zhangsan", "book room 2 tomorrow 4pm to 3pm");

        Assert.Equal("The end time must be after the start time. When should it end?",
            Assert.Single(replies.OfType<BotReply.Text>()).Content);
        var asked = await _bot.Pending.GetAsync("zhangsan", Now, default);
        Assert.Equal(At(25, 16), asked!.Start);
        Assert.Equal(At(25, 15), asked.End);
        Assert.Empty(_bot.WeCom.Bookings);
    }

    [Fact]
    public async Task Book_ChineseRequest_CardInChineseWithDefaultSubject()
    {
        _bot.Understands("明天下午3点订2号会议室", Book(2, At(25, 15), At(25, 16), Language.Chinese));

        var card = (await _bot.SayAsync("zhangsan", "明天下午3点订2号会议室")).SingleCard();

        Assert.Equal("会议室已预定", card.MainTitle!.Title);
        Assert.Equal("11月25日周三 15:00–16:00", card.Field("时间"));
        Assert.Equal("张三的会议", card.Field("主题"));
        Assert.Equal("取消预定", Assert.Single(card.ButtonList!).Text);
    }

    [Fact]
    public async Task Book_NoRoomNamed_PicksSmallestFreeRoomThatFits()
    {
        _bot.WeCom.Add(2, At(25, 15), At(25, 16), "lisi");
        _bot.Understands("room for 8", Book(null, At(25, 15), At(25, 16)) with { Capacity = 8 });

        var card = (await _bot.SayAsync("zhangsan", "room for 8")).SingleCard();

        // Everest (8) is the smallest that fits; 2号会议室 (10) is taken.
        Assert.Equal("Everest", card.Field("Room"));
    }

    [Fact]
    public async Task Book_NoRoomNamed_PrefersTheUsersUsualBuilding()
    {
        await _bot.Cards.SaveAsync(new CardRecord("old", CardKind.Booking, "zhangsan", Language.English, Now.AddDays(-3))
        {
            Booker = "zhangsan", MeetingRoomId = 7, BookingId = "old",
        }, default);
        _bot.Understands("a room for 4", Book(null, At(25, 15), At(25, 16)) with { Capacity = 4 });

        var card = (await _bot.SayAsync("zhangsan", "a room for 4")).SingleCard();

        Assert.Equal("7号会议室", card.Field("Room"));
    }

    [Fact]
    public async Task Book_RoomTaken_SaysByWhomUntilWhenAndOffersAlternatives()
    {
        _bot.WeCom.Add(2, At(25, 14, 30), At(25, 16), "lisi");
        _bot.Understands("book room 2 at 3", Book(2, At(25, 15), At(25, 16)));

        var replies = await _bot.SayAsync("zhangsan", "book room 2 at 3");

        Assert.Equal("2号会议室 is taken by 李四 until 16:00.", replies.SingleCard().SubTitleText);
        Assert.Empty(replies.OfType<BotReply.Text>()); // the reason travels inside the card: it cannot arrive out of order
        var card = replies.SingleCard();
        var keys = card.ButtonList!.Select(b => b.Key).ToList();
        Assert.Contains(CardActionKey.Book(1, At(25, 15), At(25, 16)).ToString(), keys);      // another free room that fits
        Assert.Contains(CardActionKey.Book(2, At(25, 16), At(25, 17)).ToString(), keys);      // the same room's next free slot
        Assert.DoesNotContain(keys, k => k.StartsWith("book:6:", StringComparison.Ordinal)); // approval rooms are never offered
        Assert.Equal(CardKind.Alternatives, Assert.Single(_bot.Cards.All).Kind);
        Assert.Contains(_bot.Logs.Lines, l => l.Message.Contains($"errcode {WeComModel.TakenCode}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Book_AlternativeClicked_BooksItWithTheOriginalAttendees()
    {
        _bot.WeCom.Add(2, At(25, 15), At(25, 16), "lisi");
        _bot.Understands("book room 2 at 3", Book(2, At(25, 15), At(25, 16)) with { Attendees = ["wangwu"] });
        var offer = (await _bot.SayAsync("zhangsan", "book room 2 at 3")).SingleCard();
        var option = offer.ButtonList!.First(b => b.Key.StartsWith("book:1:", StringComparison.Ordinal));

        var replies = await _bot.ClickAsync("zhangsan", offer.TaskId!, option.Key);

        Assert.IsType<BotReply.UpdateButton>(replies[0]);
        var card = replies.SingleCard();
        Assert.Equal("1号会议室", card.Field("Room"));
        Assert.Equal("王五", card.Field("Attendees"));
        _bot.WeCom.Mock.Verify(a => a.BookAsync(It.Is<BookRequest>(r => r.MeetingRoomId == 1), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Book_AlternativeClickedTwice_BooksOnce()
    {
        _bot.WeCom.Add(2, At(25, 15), At(25, 16), "lisi");
        _bot.Understands("book room 2 at 3", Book(2, At(25, 15), At(25, 16)));
        var offer = (await _bot.SayAsync("zhangsan", "book room 2 at 3")).SingleCard();
        var key = offer.ButtonList!.First().Key;

        await _bot.ClickAsync("zhangsan", offer.TaskId!, key);
        var second = await _bot.ClickAsync("zhangsan", offer.TaskId!, key);

        Assert.Contains("already", second.AllText(), StringComparison.Ordinal);
        _bot.WeCom.Mock.Verify(a => a.BookAsync(It.IsAny<BookRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2)); // refused + one chosen
    }

    [Fact]
    public async Task Book_ApprovalRoom_ExplainsWithoutCallingBook()
    {
        _bot.Understands("book board room", Book(6, At(25, 15), At(25, 16)));

        var replies = await _bot.SayAsync("zhangsan", "book board room");

        Assert.Contains("needs approval", replies.SingleCard().SubTitleText, StringComparison.Ordinal);
        _bot.WeCom.Mock.Verify(a => a.BookAsync(It.IsAny<BookRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Book_TimeInThePast_RefusedAndOffersTheNextWindow()
    {
        _bot.Understands("book room 1 at 8", Book(1, At(24, 8), At(24, 9)));

        var replies = await _bot.SayAsync("zhangsan", "book room 1 at 8");

        Assert.Contains("already passed", replies.SingleCard().SubTitleText, StringComparison.Ordinal);
        Assert.Contains(CardActionKey.Book(1, At(24, 10), At(24, 11)).ToString(), replies.SingleCard().ButtonList!.Select(b => b.Key));
        _bot.WeCom.Mock.Verify(a => a.BookAsync(It.IsAny<BookRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Book_UnknownRoom_SaysSoAndOffersRooms()
    {
        _bot.Understands("book the moon room", Book(null, At(25, 15), At(25, 16)) with { UnresolvedRoom = "moon" });

        var replies = await _bot.SayAsync("zhangsan", "book the moon room");

        Assert.Contains("can't find a room called \"moon\"", replies.SingleCard().SubTitleText, StringComparison.Ordinal);
        Assert.NotEmpty(replies.SingleCard().ButtonList!);
    }

    [Fact]
    public async Task Book_Recurring_AddsRepeatingScheduleBooksBySchedulesAndListsConflictDates()
    {
        _bot.WeCom.Mock.Setup(a => a.AddScheduleAsync(It.IsAny<ScheduleAddRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync("sch1");
        _bot.WeCom.Mock.Setup(a => a.BookByScheduleAsync(It.IsAny<BookByScheduleRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SeriesBookResponse { BookingId = "series1", ConflictDate = [At(7, 0).AddMonths(1).ToUnixTimeSeconds()] });
        _bot.WeCom.Add(2, At(30, 9), At(30, 10), "zhangsan", master: "series1");
        _bot.Understands("every monday", Book(2, At(30, 9), At(30, 10)) with
        {
            Recurrence = new Recurrence(RecurrenceFrequency.Weekly),
        });

        var card = (await _bot.SayAsync("zhangsan", "every monday")).SingleCard();

        _bot.WeCom.Mock.Verify(a => a.AddScheduleAsync(It.Is<ScheduleAddRequest>(r =>
            r.Schedule.Reminders!.IsRepeat == 1 && r.Schedule.Reminders.RepeatType == 1 && r.Schedule.Organizer == "zhangsan"),
            It.IsAny<CancellationToken>()), Times.Once);
        _bot.WeCom.Mock.Verify(a => a.BookByScheduleAsync(It.Is<BookByScheduleRequest>(r =>
            r.ScheduleId == "sch1" && r.MeetingRoomId == 2 && r.Booker == "zhangsan"), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal("Mon 7 Dec", card.Field("Not booked"));
        Assert.Contains("Repeats every week", card.SubTitleText, StringComparison.Ordinal);
        Assert.Equal("cancel:2:series1", Assert.Single(card.ButtonList!).Key);
    }

    [Fact]
    public async Task Book_OnlineMeeting_CreatesMeetingThenBooksByMeeting()
    {
        _bot.WeCom.Mock.Setup(a => a.CreateMeetingAsync(It.IsAny<MeetingCreateRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync("m1");
        _bot.WeCom.Mock.Setup(a => a.BookByMeetingAsync(It.IsAny<BookByMeetingRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SeriesBookResponse { BookingId = "bm1" });
        _bot.Understands("video", Book(3, At(25, 15), At(25, 16)) with { OnlineMeeting = true, Attendees = ["lisi"] });

        var card = (await _bot.SayAsync("zhangsan", "video")).SingleCard();

        _bot.WeCom.Mock.Verify(a => a.CreateMeetingAsync(It.Is<MeetingCreateRequest>(r =>
            r.AdminUserId == "zhangsan" && r.MeetingDuration == 3600 && r.Invitees!.UserId.SequenceEqual(new[] { "lisi" })),
            It.IsAny<CancellationToken>()), Times.Once);
        _bot.WeCom.Mock.Verify(a => a.BookByMeetingAsync(It.Is<BookByMeetingRequest>(r => r.MeetingId == "m1" && r.MeetingRoomId == 3),
            It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal("cancel:3:bm1", Assert.Single(card.ButtonList!).Key);
    }

    [Fact]
    public async Task Book_Booked_TellsTheReminders()
    {
        _bot.Understands("book", Book(1, At(25, 15), At(25, 16)) with { Attendees = ["lisi"], ReminderGroup = "design" });

        await _bot.SayAsync("zhangsan", "book");

        _bot.Reminders.Verify(r => r.ScheduleAsync(It.Is<ScheduledMeeting>(m =>
            m.MeetingRoomId == 1 && m.RoomName == "1号会议室" && m.Booker == "zhangsan" && m.ReminderGroup == "design"
            && m.Start == At(25, 15) && m.Attendees.SequenceEqual(new[] { "lisi" })), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(45009, "try again in a minute")]
    [InlineData(60020, "administrator")]
    [InlineData(-1, "busy")]
    public async Task Book_WeComFailure_FriendlyMessageAndOneLogLineWithErrcode(int errCode, string expected)
    {
        _bot.WeCom.Mock.Setup(a => a.BookAsync(It.IsAny<BookRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new WeComApiException(errCode, "failure text", "oa/meetingroom/book"));
        _bot.Understands("book", Book(1, At(25, 15), At(25, 16)));

        var replies = await _bot.SayAsync("zhangsan", "book");

        Assert.Contains(expected, Assert.Single(replies.OfType<BotReply.Text>()).Content, StringComparison.Ordinal);
        Assert.Single(_bot.Logs.Lines, l => l.Message.Contains($"errcode {errCode}, failure text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Book_Timeout_AsksToCheckBeforeRetryingAndNeverRetriesItself()
    {
        _bot.WeCom.Mock.Setup(a => a.BookAsync(It.IsAny<BookRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TaskCanceledException("HttpClient.Timeout"));
        _bot.Understands("订", Book(1, At(25, 15), At(25, 16), Language.Chinese));

        var replies = await _bot.SayAsync("zhangsan", "订");

        Assert.Contains("我的预定", replies.AllText(), StringComparison.Ordinal);
        _bot.WeCom.Mock.Verify(a => a.BookAsync(It.IsAny<BookRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
