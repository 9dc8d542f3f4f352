using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RoomBot.Sandbox.Chat;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>The chat page in a real browser against the host on real Kestrel.</summary>
public sealed class ChatPageBrowserTests
{
    [Fact]
    public async Task ChatPage_SendHelpToTheRealBot_ShowsItsAnswer()
    {
        await using var host = StartOnKestrel(out var address);
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await OpenAsUserAsync(page, address, "lisi");
        await SendAsync(page, "help");

        await Assertions.Expect(page.Locator(".msg.user .bubble").Last).ToHaveTextAsync("help");
        // The help answer is text only; clicking a card button is shown with the fake bot and with a booking below.
        await Assertions.Expect(page.Locator(".msg.user ~ .msg.bot .bubble").Last).ToContainTextAsync("I book meeting rooms");
        await Assertions.Expect(page.Locator("#toast")).ToBeHiddenAsync();
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task ChatPage_BookWithTheRealBotThenClickCancel_CardGreysAndTheRoomIsFreeAgain()
    {
        // The fake clock stands at 2026-11-24 10:00 in Shanghai: "tomorrow 3pm" is 2026-11-25 15:00.
        await using var host = StartOnKestrel(out var address);
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await OpenAsUserAsync(page, address, "zhangsan");
        await SendAsync(page, "book room 1 tomorrow 3pm with lisi");

        var withCancel = page.Locator(".msg.bot", new PageLocatorOptions { Has = page.Locator(".card button[data-key^='cancel:']") }).Last;
        await Assertions.Expect(withCancel).ToContainTextAsync("15:00");
        await Assertions.Expect(withCancel).ToContainTextAsync("1号会议室");
        // Pin the message: once cancelled, the card no longer has a Cancel button to be found by.
        var card = page.Locator($".msg.bot[data-message-id='{await withCancel.GetAttributeAsync("data-message-id")}']");
        await card.Locator("button[data-key^='cancel:']").ClickAsync();

        await Assertions.Expect(card.Locator(".card button.replaced")).ToContainTextAsync("Cancelled");
        await using var scope = host.Services.CreateAsyncScope();
        var day = await scope.ServiceProvider.GetRequiredService<RoomBot.Sandbox.Booking.SandboxClientActions>()
            .DayAsync(new DateOnly(2026, 11, 25), CancellationToken.None);
        var booking = Assert.Single(day.Single(d => d.Room.MeetingRoomId == 1).Bookings);
        Assert.Equal(RoomBot.WeCom.Contracts.BookingStatus.Cancelled, booking.Status);
        Assert.Equal("zhangsan", booking.Booker);
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task ChatPage_SendHelpAndClickACardButton_ShowsTheAnswerAndGreysTheCard()
    {
        await using var bot = await FakeBot.StartAsync(CallbackSettings.Crypto());
        bot.Reply = inbound => inbound.Element("MsgType")!.Value == "text"
            ? FakeBot.Replies.Text(inbound, "RoomBot help: 说“订明天下午3点的会议室”即可预定")
            : FakeBot.Replies.UpdateButton(inbound, "已确认");
        await using var host = StartOnKestrel(new RoomBotApplication(CallbackSettings.For(bot.CallbackUrl)), out var address);
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await OpenAsUserAsync(page, address, "lisi");
        await SendAsync(page, "help");

        await Assertions.Expect(page.Locator(".msg.user .bubble").Last).ToHaveTextAsync("help");
        await Assertions.Expect(page.Locator(".msg.bot .bubble").Last).ToContainTextAsync("RoomBot help");

        // A card the bot sends arrives live over SSE; clicking a button posts a real template_card_event.
        await RecordCardAsync(host, "lisi");
        var button = page.Locator(".msg.bot .card button[data-key='confirm']");
        await Assertions.Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();

        await Assertions.Expect(page.Locator(".msg.bot .card button.replaced")).ToHaveTextAsync("已确认");
        Assert.Contains(bot.Deliveries, d => d.Plain.Element("EventKey")?.Value == "confirm");
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task ChatPage_ClientBookingInAnApprovalRoom_MovesThroughTheStatesInTheDayView()
    {
        await using var host = StartOnKestrel(out var address);
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await OpenAsUserAsync(page, address, "liuyang");

        await page.ClickAsync("#day-next");
        await page.ClickAsync(".tab[data-tab='admin']");
        await page.SelectOptionAsync("#admin-room", "6");
        await page.FillAsync("#admin-start", "14:00");
        await page.FillAsync("#admin-end", "15:00");
        await page.ClickAsync("#admin-book-btn");

        var item = page.Locator(".admin-item").Filter(new LocatorFilterOptions { HasText = "Board Room" });
        await Assertions.Expect(item.Locator(".status")).ToHaveTextAsync("申请中");
        await item.Locator("button[data-action='advance']").ClickAsync();
        await Assertions.Expect(item.Locator(".status")).ToHaveTextAsync("审批中");
        await item.Locator("button[data-action='advance']").ClickAsync();
        await Assertions.Expect(item.Locator(".status")).ToHaveTextAsync("已预定");
        await page.ClickAsync(".tab[data-tab='day']");
        await Assertions.Expect(page.Locator(".room[data-room-id='6'] .booking .status")).ToHaveTextAsync("已预定");
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task ChatPage_BotPostsThroughAGroupRobot_ItsPaneShowsTheMessage()
    {
        await using var host = StartOnKestrel(out var address);
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await OpenAsUserAsync(page, address, "zhangsan");
        var robot = page.Locator(".session[data-session='group:robot-demo-design-robot-key']");
        await Assertions.Expect(robot).ToBeVisibleAsync();

        using var http = new HttpClient { BaseAddress = address };
        using var body = new StringContent("""{"msgtype":"text","text":{"content":"10 分钟后在 2号会议室 开会","mentioned_list":["zhangsan"]}}""",
            System.Text.Encoding.UTF8, "application/json");
        using var sent = await http.PostAsync(new Uri("/cgi-bin/webhook/send?key=demo-design-robot-key", UriKind.Relative), body);

        await Assertions.Expect(robot.Locator(".badge")).ToHaveTextAsync("1");
        await robot.ClickAsync();
        await Assertions.Expect(page.Locator("#messages .msg.bot .bubble")).ToHaveTextAsync("10 分钟后在 2号会议室 开会");
        await Assertions.Expect(page.Locator("#messages .msg.bot .msg-meta").Last).ToHaveTextAsync("@zhangsan");
        await Assertions.Expect(page.Locator("#chat-subtitle")).ToContainTextAsync("demo-design-robot-key");
        await Assertions.Expect(page.Locator("#composer")).ToBeHiddenAsync();
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task ChatPage_LanguageToggle_SwitchesLabelsToEnglish()
    {
        await using var host = StartOnKestrel(out var address);
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await page.GotoAsync(address.ToString());
        await Assertions.Expect(page.Locator("#send-btn")).ToHaveTextAsync("发送");
        await page.ClickAsync("#lang-toggle");

        await Assertions.Expect(page.Locator("#send-btn")).ToHaveTextAsync("Send");
        await Assertions.Expect(page.Locator(".tab[data-tab='day']")).ToHaveTextAsync("Rooms");
        Assert.Empty(browser.ScriptErrors);
    }

    private static RoomBotApplication StartOnKestrel(out Uri address) =>
        StartOnKestrel(new RoomBotApplication(new Dictionary<string, string?>()), out address);

    private static RoomBotApplication StartOnKestrel(RoomBotApplication host, out Uri address)
    {
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return host;
    }

    private static async Task OpenAsUserAsync(IPage page, Uri address, string userId)
    {
        await page.GotoAsync(address.ToString());
        await Assertions.Expect(page.Locator("#messages")).ToHaveAttributeAsync("data-ready", new System.Text.RegularExpressions.Regex(".+"));
        await page.SelectOptionAsync("#user-select", userId);
        await Assertions.Expect(page.Locator("#messages")).ToHaveAttributeAsync("data-ready", userId);
    }

    private static async Task SendAsync(IPage page, string text)
    {
        await page.FillAsync("#composer-input", text);
        await page.PressAsync("#composer-input", "Enter");
    }

    private static async Task RecordCardAsync(RoomBotApplication host, string userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SandboxChatService>().RecordBotMessageAsync(userId, "template_card",
            """
            {"card_type":"button_interaction","source":{"desc":"RoomBot"},"main_title":{"title":"2号会议室","desc":"明天 15:00-16:00"},
             "horizontal_content_list":[{"keyname":"地点","value":"深圳 腾讯大厦 18F"}],"task_id":"t-browser",
             "button_list":[{"text":"确认","style":1,"key":"confirm"},{"text":"取消","style":2,"key":"cancel"}]}
            """, CancellationToken.None);
    }
}
