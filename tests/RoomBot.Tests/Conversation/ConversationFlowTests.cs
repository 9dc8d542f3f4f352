using System.Net.Http.Json;
using RoomBot.WeCom.Callback;

namespace RoomBot.Tests.Conversation;

/// <summary>
/// The conversation end to end, as issue 5's "Done when" lists it: the real callback, parser, dispatcher and WeCom
/// client against the sandbox (clock: Mon 2026-06-01 09:00 Shanghai, so "tomorrow" is Tue 2 Jun).
/// </summary>
public sealed class ConversationFlowTests : IAsyncLifetime
{
    private LiveBot _bot = null!;

    public Task InitializeAsync()
    {
        _bot = LiveBot.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static bool HasCard(IReadOnlyList<ChatMessage> after) => after.Any(m => m.FromBot && m.IsCard);

    private static string BookingIdOf(ChatMessage card) => card.Buttons.Single().Key.Split(':')[2];

    private async Task<ChatMessage> BookAsync(string userId, string text) =>
        (await _bot.SayAsync(userId, text, HasCard)).Single(m => m.IsCard);

    [Fact]
    public async Task Book_English_RepliesWithABookingCard()
    {
        var card = await BookAsync("zhangsan", "book room 2 tomorrow 3pm to 4pm with lisi");

        Assert.Equal("Room booked", card.Title);
        Assert.Equal("2号会议室", card.Field("Room"));
        Assert.Equal("深圳 腾讯大厦 18F", card.Field("Location"));
        Assert.Equal("Tue 2 Jun 15:00–16:00", card.Field("Time"));
        Assert.Equal("李四", card.Field("Attendees"));
        Assert.Equal(0, await _bot.BookingStatusAsync(2, BookingIdOf(card)));
        Assert.Equal(1, _bot.Calls("/cgi-bin/oa/meetingroom/book"));
    }

    [Fact]
    public async Task Book_Chinese_RepliesWithAChineseCardShowingTheRoundedTimes()
    {
        var card = await BookAsync("zhangsan", "明天下午3点15到3点45订1号会议室，和王五");

        Assert.Equal("会议室已预定", card.Title);
        Assert.Equal("1号会议室", card.Field("会议室"));
        Assert.Equal("6月2日周二 15:00–16:00", card.Field("时间")); // 93620 rounds 15:15–15:45 out to the half hours
        Assert.Equal("王五", card.Field("参会人"));
        Assert.Equal("取消预定", card.Buttons.Single().Text);
    }

    [Fact]
    public async Task CardCancel_Clicked_CancelledInTheSandboxAndTheCardUpdated()
    {
        var card = await BookAsync("zhangsan", "book room 2 tomorrow 3pm to 4pm");

        var replies = await _bot.ClickAsync("zhangsan", card.Id, card.Buttons.Single().Key,
            after => after.Any(m => m.FromBot && m.Text.StartsWith("Cancelled", StringComparison.Ordinal)));

        Assert.Equal("Cancelled", (await _bot.MessageAsync("zhangsan", card.Id)).ReplacedName);
        Assert.Contains(replies, m => m.Text == "Cancelled 2号会议室 Tue 2 Jun 15:00–16:00.");
        Assert.Equal(1, await _bot.BookingStatusAsync(2, BookingIdOf(card)));
    }

    [Fact]
    public async Task CardCancel_SameClickDeliveredFourTimes_OneCancelBook()
    {
        var card = await BookAsync("zhangsan", "book room 2 tomorrow 3pm to 4pm");

        var replies = await _bot.PostClickAsync("zhangsan", card.Json.GetProperty("taskId").GetString()!, card.Buttons.Single().Key, deliveries: 4);

        Assert.Equal(1, _bot.Calls("/cgi-bin/oa/meetingroom/cancel_book"));
        Assert.Equal(1, await _bot.BookingStatusAsync(2, BookingIdOf(card)));
        Assert.Contains(replies, r => r.Kind == PassiveReplyKind.UpdateButton && r.ReplaceName == "Cancelled");
    }

    [Fact]
    public async Task CardCancel_TwoDistinctClicks_SecondSaysAlreadyCancelled()
    {
        var card = await BookAsync("zhangsan", "book room 2 tomorrow 3pm to 4pm");
        var taskId = card.Json.GetProperty("taskId").GetString()!;

        await _bot.PostClickAsync("zhangsan", taskId, card.Buttons.Single().Key);
        _bot.Time.Advance(TimeSpan.FromSeconds(5)); // a later click: a new callback, not a retry
        var second = await _bot.PostClickAsync("zhangsan", taskId, card.Buttons.Single().Key);

        Assert.Equal("Cancelled", Assert.Single(second).ReplaceName);
        // The explanation follows through message/send, after the passive card update.
        await _bot.RepliesAsync("zhangsan", 0, all => all.Any(m => m.Text == "This booking was already cancelled."));
        Assert.Equal(1, _bot.Calls("/cgi-bin/oa/meetingroom/cancel_book"));
    }

    [Fact]
    public async Task CardCancel_AnotherUsersClick_PolitelyRefused()
    {
        var card = await BookAsync("zhangsan", "book room 2 tomorrow 3pm to 4pm");

        var replies = await _bot.PostClickAsync("lisi", card.Json.GetProperty("taskId").GetString()!, card.Buttons.Single().Key);

        var reply = Assert.Single(replies);
        Assert.Equal(PassiveReplyKind.Text, reply.Kind);
        Assert.Contains("only 张三", reply.Content, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Calls("/cgi-bin/oa/meetingroom/cancel_book"));
        Assert.Equal(0, await _bot.BookingStatusAsync(2, BookingIdOf(card)));
    }

    [Fact]
    public async Task Conflict_OffersAlternatives_OneTapBooksTheChosenRoom()
    {
        await BookAsync("lisi", "book room 2 tomorrow 2:30pm to 4pm");

        var replies = await _bot.SayAsync("zhangsan", "book room 2 tomorrow 3pm to 4pm", HasCard);
        var offer = replies.Single(m => m.IsCard);
        Assert.Equal("2号会议室 is taken by 李四 until 16:00.", offer.Content.GetProperty("sub_title_text").GetString());
        var (label, key) = offer.Buttons.First(b => !b.Key.StartsWith("book:2:", StringComparison.Ordinal));

        var booked = await _bot.ClickAsync("zhangsan", offer.Id, key, HasCard);

        var card = booked.Single(m => m.IsCard);
        Assert.Equal("Room booked", card.Title);
        Assert.EndsWith(card.Field("Room"), label, StringComparison.Ordinal);
        Assert.Equal("Tue 2 Jun 15:00–16:00", card.Field("Time"));
        Assert.Equal(3, _bot.Calls("/cgi-bin/oa/meetingroom/book")); // lisi's, the refused one, the chosen one
    }

    [Fact]
    public async Task Recurring_ConflictDatesReportedOnTheCard()
    {
        await BookAsync("lisi", "book room 2 next monday 9am to 10am");

        var card = await BookAsync("zhangsan", "book room 2 every monday 9am to 10am");

        Assert.Equal("Recurring room booked", card.Title);
        Assert.Equal("Mon 8 Jun", card.Field("Not booked"));
        Assert.Equal(1, _bot.Calls("/cgi-bin/oa/schedule/add"));
        Assert.Equal(1, _bot.Calls("/cgi-bin/oa/meetingroom/book_by_schedule"));
    }

    [Fact]
    public async Task OnlineMeeting_CreatesTheMeetingThenBooksTheRoomByIt()
    {
        var card = await BookAsync("zhangsan", "明天下午3点到4点订大会议室开线上会议，和李四");

        Assert.Equal("含线上会议", card.Content.GetProperty("main_title").GetProperty("desc").GetString());
        Assert.Equal("6月2日周二 15:00–16:00", card.Field("时间"));
        Assert.Equal(1, _bot.Calls("/cgi-bin/meeting/create"));
        Assert.Equal(1, _bot.Calls("/cgi-bin/oa/meetingroom/book_by_meeting"));
        Assert.Equal(0, await _bot.BookingStatusAsync(3, BookingIdOf(card)));
    }

    [Fact]
    public async Task ApprovalRoom_ExplainedWithAlternatives_AndTheClientsPendingRequestListed()
    {
        using (var client = await _bot.Http.PostAsJsonAsync("/sandbox/api/admin/bookings",
                   new { meetingRoomId = 6, date = "2026-06-03", start = "10:00", end = "11:00", booker = "zhangsan" }))
        {
            client.EnsureSuccessStatusCode(); // booked in the WeCom client: 申请中
        }

        var refusal = await _bot.SayAsync("zhangsan", "订明天下午2点到3点的Board Room", HasCard);
        var mine = await _bot.SayAsync("zhangsan", "我的预定");

        var offer = refusal.Single(m => m.IsCard);
        Assert.Contains("需要审批", offer.Content.GetProperty("sub_title_text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(offer.Buttons, b => b.Key.StartsWith("book:6:", StringComparison.Ordinal));
        Assert.Contains("6月3日周三 10:00–11:00 Board Room (申请中)", mine.Single(m => m.FromBot).Text, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Calls("/cgi-bin/oa/meetingroom/book"));
    }

    [Fact]
    public async Task Clarification_QuestionThenAnswer_Books()
    {
        var question = await _bot.SayAsync("zhangsan", "book room 2 tomorrow");
        Assert.DoesNotContain(question, m => m.IsCard);

        var card = await BookAsync("zhangsan", "3pm");

        Assert.Equal("2号会议室", card.Field("Room"));
        Assert.Equal("Tue 2 Jun 15:00–16:00", card.Field("Time"));
    }

    [Fact]
    public async Task Clarification_AnsweredAfterARestart_StillBooks()
    {
        await _bot.SayAsync("zhangsan", "book room 2 tomorrow");

        _bot = await _bot.RestartAsync();
        var card = await BookAsync("zhangsan", "3pm");

        Assert.Equal("2号会议室", card.Field("Room"));
        Assert.Equal("Tue 2 Jun 15:00–16:00", card.Field("Time"));
    }

    [Fact]
    public async Task TextCancel_SeveralMatches_NumberedChoicesThenCancelsThePick()
    {
        var morning = await BookAsync("zhangsan", "book room 1 tomorrow 10am to 11am");
        var afternoon = await BookAsync("zhangsan", "book room 7 tomorrow 2pm to 3pm");

        var ask = await _bot.SayAsync("zhangsan", "cancel my booking tomorrow", HasCard);
        var choices = ask.Single(m => m.IsCard);
        Assert.Equal(["1. 1号会议室", "2. 7号会议室"], choices.Buttons.Select(b => b.Text));

        await _bot.ClickAsync("zhangsan", choices.Id, choices.Buttons[1].Key,
            after => after.Any(m => m.Text.StartsWith("Cancelled 7号会议室", StringComparison.Ordinal)));

        Assert.Equal(1, await _bot.BookingStatusAsync(7, BookingIdOf(afternoon)));
        Assert.Equal(0, await _bot.BookingStatusAsync(1, BookingIdOf(morning)));
    }

    [Fact]
    public async Task CancelledInTheWeComClient_TheBotGreysItsCardAndAClickSaysAlreadyCancelled()
    {
        var card = await BookAsync("zhangsan", "book room 2 tomorrow 3pm to 4pm");

        using (var cancel = await _bot.Http.PostAsync(new Uri($"/sandbox/api/admin/bookings/{BookingIdOf(card)}/cancel", UriKind.Relative), null))
        {
            cancel.EnsureSuccessStatusCode();
        }

        // cancel_meeting_room (95333) reaches the bot, which updates its card with the response_code it kept (94945).
        await _bot.RepliesAsync("zhangsan", 0, all => all.Any(m => m.Id == card.Id && m.ReplacedName == "Cancelled"));
        var replies = await _bot.PostClickAsync("zhangsan", card.Json.GetProperty("taskId").GetString()!, card.Buttons.Single().Key);

        Assert.Equal("Cancelled", Assert.Single(replies).ReplaceName);
        Assert.Equal(0, _bot.Calls("/cgi-bin/oa/meetingroom/cancel_book"));
    }
}
