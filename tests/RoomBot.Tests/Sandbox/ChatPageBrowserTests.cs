using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RoomBot.Sandbox.Chat;

using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>The chat page in a real browser against the host on real Kestrel.</summary>
public sealed class ChatPageBrowserTests : IAsyncLifetime
{
    private FakeBot bot = null!;
    private RoomBotApplication host = null!;
    private Uri address = null!;

    public async Task InitializeAsync()
    {
        bot = await FakeBot.StartAsync(CallbackSettings.Crypto());
        host = new RoomBotApplication(CallbackSettings.For(bot.CallbackUrl));
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        address = new Uri(addresses.First());
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task ChatPage_SendHelpAndClickACardButton_ShowsTheAnswerAndGreysTheCard()
    {
        bot.Reply = inbound => inbound.Element("MsgType")!.Value == "text"
            ? FakeBot.Replies.Text(inbound, "RoomBot help: 说“订明天下午3点的会议室”即可预定")
            : FakeBot.Replies.UpdateButton(inbound, "已确认");
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await page.GotoAsync(new Uri(address, "/").ToString());
        await page.SelectOptionAsync("#user-select", "lisi");
        await Assertions.Expect(page.Locator("#chat-subtitle")).ToContainTextAsync("lisi");
        await page.FillAsync("#composer-input", "help");
        await page.PressAsync("#composer-input", "Enter");

        await Assertions.Expect(page.Locator(".msg.user .bubble").Last).ToHaveTextAsync("help");
        await Assertions.Expect(page.Locator(".msg.bot .bubble").Last).ToContainTextAsync("RoomBot help");

        // A card the bot sends arrives live over SSE; clicking a button posts a real template_card_event.
        await RecordCardAsync("lisi");
        var button = page.Locator(".msg.bot .card button[data-key='confirm']");
        await Assertions.Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();

        await Assertions.Expect(page.Locator(".msg.bot .card button.replaced")).ToHaveTextAsync("已确认");
        Assert.Contains(bot.Deliveries, d => d.Plain.Element("EventKey")?.Value == "confirm");
    }

    [Fact]
    public async Task ChatPage_LanguageToggle_SwitchesLabelsToEnglish()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await page.GotoAsync(new Uri(address, "/").ToString());
        await Assertions.Expect(page.Locator("#send-btn")).ToHaveTextAsync("发送");
        await page.ClickAsync("#lang-toggle");

        await Assertions.Expect(page.Locator("#send-btn")).ToHaveTextAsync("Send");
        await Assertions.Expect(page.Locator(".tab[data-tab='day']")).ToHaveTextAsync("Rooms");
    }

    private async Task RecordCardAsync(string userId)
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
