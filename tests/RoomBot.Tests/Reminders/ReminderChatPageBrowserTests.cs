using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;
using RoomBot.Reminders;
using RoomBot.Tests.Infrastructure;
using RoomBot.Tests.Sandbox;

namespace RoomBot.Tests.Reminders;

/// <summary>The sandbox's chat page shows the bot's reminders arriving in the group panes (real browser, real Kestrel).</summary>
public sealed class ReminderChatPageBrowserTests
{
    [Fact]
    public async Task ChatPage_ReminderFallsDue_AppChatAndRobotPanesShowIt()
    {
        await using var host = new RoomBotApplication(new Dictionary<string, string?>());
        // Passes are run by the test on the fake clock; the bot reaches the sandbox over HTTP as in a demo.
        host.WithServices(s => s.Remove(s.Single(d => d.ImplementationType == typeof(ReminderWorker))));
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await page.GotoAsync(address.ToString());
        await Assertions.Expect(page.Locator("#messages")).ToHaveAttributeAsync("data-ready", new System.Text.RegularExpressions.Regex(".+"));
        var robot = page.Locator(".session[data-session='group:robot-demo-design-robot-key']");
        await Assertions.Expect(robot).ToBeVisibleAsync();

        var start = RoomBotApplication.DefaultNow.AddMinutes(30);
        await host.Services.GetRequiredService<IMeetingReminders>().ScheduleAsync(new ScheduledMeeting("browser-b1", 2,
            "2号会议室", "深圳 腾讯大厦 18F", start, start.AddHours(1), "zhangsan", ["lisi"], "周会", "design",
            Language.Chinese), default);
        host.Time.Advance(TimeSpan.FromMinutes(20));
        await host.Services.GetRequiredService<ReminderRunner>().RunDueAsync(default);

        await Assertions.Expect(robot.Locator(".badge")).ToHaveTextAsync("1");
        var appChat = page.Locator(".session[data-session^='group:']:not([data-session^='group:robot-'])");
        await Assertions.Expect(appChat.Locator(".badge")).ToHaveTextAsync("1");
        await appChat.ClickAsync();
        await Assertions.Expect(page.Locator("#messages .msg.bot .bubble").Last).ToContainTextAsync("10分钟后开始「周会」");
        await Assertions.Expect(page.Locator("#messages .msg.bot .bubble").Last).ToContainTextAsync("2号会议室（深圳 腾讯大厦 18F）");
        await robot.ClickAsync();
        await Assertions.Expect(page.Locator("#messages .msg.bot .bubble").Last).ToContainTextAsync("预订人：zhangsan");
        await Assertions.Expect(page.Locator("#messages .msg.bot .msg-meta").Last).ToHaveTextAsync("@lisi");
        Assert.Empty(browser.ScriptErrors);
    }
}
