using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using RoomBot.Core.Conversation;
using RoomBot.Core.Replies;
using RoomBot.Tests.Conversation;
using RoomBot.Tests.Infrastructure;
using RoomBot.Tests.Reminders;
using RoomBot.WeCom;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Callback;
using RoomBot.WeCom.Contracts;
using RoomBot.WeCom.Crypto;

namespace RoomBot.Tests.Instances;

/// <summary>
/// Two real hosts on one real PostgreSQL database behave as one bot: WeCom's deliveries reach either, and whatever
/// one of them claims (a callback, a card, a reminder) the other leaves alone. Each test starts from an empty
/// database of this class.
/// </summary>
public sealed class TwoInstancesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(LiveBot.MondayMorning);
    private readonly List<IAsyncDisposable> _hosts = [];

    public Task InitializeAsync() => database.ResetAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Post_SameCallbackDeliveredToBothAtOnce_OneTurnAndBothAnswerWithItsReply()
    {
        var dispatcher = new RecordingDispatcher(new BotReply.Text("one answer"))
        {
            Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
        };
        var first = Bot(s => s.AddScoped<IConversationDispatcher>(_ => dispatcher)).WithInteropKeys();
        var second = Bot(s => s.AddScoped<IConversationDispatcher>(_ => dispatcher)).WithInteropKeys();
        var toFirst = WeComCallbackClient.ForInteropKeys(first.CreateClient());
        var toSecond = WeComCallbackClient.ForInteropKeys(second.CreateClient());
        var xml = WeComCallbackClient.TextXml("lisi", "hi", msgId: 7441029384756200001);

        var atFirst = toFirst.PostAsync(xml);
        await dispatcher.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        var atSecond = toSecond.PostAsync(xml);
        dispatcher.Gate.SetResult();
        var firstReply = await atFirst;
        var secondReply = await WhileTheClockRunsAsync(atSecond);
        Assert.Single(dispatcher.Seen);
        Assert.Equal("one answer", toFirst.OpenReply(await firstReply.Content.ReadAsStringAsync()).Content);
        Assert.Equal("one answer", toSecond.OpenReply(await secondReply.Content.ReadAsStringAsync()).Content);
    }

    [Fact]
    public async Task Post_CardClickDeliveredToBothAndADoubleClick_OneCancelBook()
    {
        var (wecom, calls) = await StartWeComAsync();
        var first = Bot(s => RecordCalls(s, calls), wecom);
        var second = Bot(s => RecordCalls(s, calls), wecom);
        var options = first.Services.GetRequiredService<IOptions<WeComOptions>>().Value;
        var crypto = new WeComCrypto(options.Token, options.EncodingAesKey, options.CorpId);
        _ = second.Server;

        var booked = await PostAsync(first.CreateClient(), crypto, options,
            TextMessage(options, "zhangsan", "book room 1 tomorrow 3pm", 7441029384756200101, _time), _time);
        Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        var card = await WaitForCardAsync(wecom, "zhangsan");
        var taskId = card.GetProperty("task_id").GetString()!;
        var key = card.GetProperty("button_list")[0].GetProperty("key").GetString()!;

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var click = Click(options, "zhangsan", taskId, key, createTime: now);
        var doubleClick = Click(options, "zhangsan", taskId, key, createTime: now + 1);
        var answers = await WhileTheClockRunsAsync(Task.WhenAll(
            PostAsync(first.CreateClient(), crypto, options, click, _time),
            PostAsync(second.CreateClient(), crypto, options, click, _time),
            PostAsync(second.CreateClient(), crypto, options, doubleClick, _time)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(calls, c => c.EndsWith("/oa/meetingroom/cancel_book", StringComparison.Ordinal));
        Assert.Single(calls, c => c.EndsWith("/oa/meetingroom/book", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Workers_RemindersDueWhileBothRun_EachSentOnce()
    {
        var api = new FakeWeComApi();
        var time = new FakeTimeProvider(ReminderTestHost.Now);
        var first = await ReminderTestHost.StartAsync(ReminderTestHost.NewDatabase(), time, api, worker: true, database.Settings);
        _hosts.Add(first);
        var second = await ReminderTestHost.StartAsync(ReminderTestHost.NewDatabase(), time, api, worker: true, database.Settings);
        _hosts.Add(second);
        for (var i = 0; i < 40; i++)
        {
            var planner = i % 2 == 0 ? first : second;
            await planner.Reminders.ScheduleAsync(
                ReminderTestHost.Meeting($"b{i}", ReminderTestHost.Now.AddMinutes(20 + (i % 4)), "design", attendees: ["lisi"]), default);
        }

        time.Advance(TimeSpan.FromMinutes(15));
        await api.WaitUntilAsync(() => api.Cards.Count >= 40 && FakeWeComApi.Snapshot(api.WebhookMessages).Count >= 40 &&
                                       FakeWeComApi.Snapshot(api.AppChatMessages).Count >= 40, TimeSpan.FromMinutes(2));
        time.Advance(TimeSpan.FromSeconds(30));
        await Task.WhenAll(first.Runner.RunDueAsync(default), second.Runner.RunDueAsync(default));

        Assert.Equal(40, api.Cards.Count);
        Assert.Equal(40, api.Cards.Select(c => c.TemplateCard!.TaskId).Distinct().Count());
        Assert.Equal(40, FakeWeComApi.Snapshot(api.WebhookMessages).Count);
        Assert.Equal(40, FakeWeComApi.Snapshot(api.AppChatMessages).Count);
        Assert.Single(FakeWeComApi.Snapshot(api.CreatedChats));
    }

    /// <summary>
    /// An instance that finds a delivery claimed by the other looks at the ledger again every 100 ms of the shared fake
    /// clock: move it on in such steps (less than the 3 s reply budget in all) until <paramref name="work"/> is done.
    /// </summary>
    private async Task<T> WhileTheClockRunsAsync<T>(Task<T> work)
    {
        for (var step = 0; step < 25 && !work.IsCompleted; step++)
        {
            await Task.WhenAny(work, Task.Delay(100));
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        return await work.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>A bot instance on the class's PostgreSQL database, the sandbox off, WeCom at <paramref name="wecom"/>.</summary>
    private RoomBotApplication Bot(Action<IServiceCollection> services, RoomBotApplication? wecom = null)
    {
        var settings = new Dictionary<string, string?>(database.Settings) { ["Sandbox:Enabled"] = "false" };
        if (wecom is not null)
        {
            settings["WeCom:ApiBaseUrl"] = Address(wecom).ToString();
        }

        var host = new RoomBotApplication(settings, _time).WithServices(s =>
        {
            services(s);
            if (wecom is null)
            {
                var api = new Mock<IWeComApi>();
                api.Setup(a => a.SendMessageAsync(It.IsAny<AppMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(new MessageSendResponse());
                s.AddSingleton(api.Object);
            }
        });
        _hosts.Add(host);
        return host;
    }

    /// <summary>WeCom itself: a sandbox host on its own SQLite file, on loopback Kestrel so the bots reach it over HTTP.</summary>
    private Task<(RoomBotApplication WeCom, ConcurrentQueue<string> Calls)> StartWeComAsync()
    {
        var wecom = new RoomBotApplication(new Dictionary<string, string?> { ["Sandbox:Enabled"] = "true" }, _time);
        _hosts.Add(wecom);
        wecom.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        wecom.StartServer();
        return Task.FromResult((wecom, new ConcurrentQueue<string>()));
    }

    internal static Uri Address(RoomBotApplication host) =>
        new(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private static void RecordCalls(IServiceCollection services, ConcurrentQueue<string> calls) =>
        services.AddHttpClient(nameof(IWeComApi)).AddHttpMessageHandler(() => new CallRecorder(calls));

    private static async Task<JsonElement> WaitForCardAsync(RoomBotApplication wecom, string userId)
    {
        using var http = new HttpClient { BaseAddress = Address(wecom) };
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var messages = await http.GetFromJsonAsync<JsonElement>($"/sandbox/api/conversation?userId={userId}", patience.Token);
            foreach (var message in messages.EnumerateArray())
            {
                if (message.GetProperty("fromBot").GetBoolean() && message.GetProperty("msgType").GetString() == "template_card")
                {
                    return message.GetProperty("content").Clone();
                }
            }

            await Task.Delay(50, patience.Token);
        }
    }

    internal static string TextMessage(WeComOptions o, string from, string text, long msgId, TimeProvider time) =>
        $"<xml><ToUserName><![CDATA[{o.CorpId}]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName>" +
        $"<CreateTime>{time.GetUtcNow().ToUnixTimeSeconds()}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content>" +
        $"<MsgId>{msgId}</MsgId><AgentID>{o.AgentId}</AgentID></xml>";

    private static string Click(WeComOptions o, string from, string taskId, string key, long createTime) =>
        InboundMessageWriter.Write(new TemplateCardEvent(key, taskId, "button_interaction", "rc-" + createTime, [])
        {
            ToUserName = o.CorpId, FromUserName = from, CreateTime = createTime,
            MsgType = InboundEventNames.EventType, AgentId = o.AgentId.ToString(CultureInfo.InvariantCulture),
        });

    /// <summary>Encrypts, signs (timestamp of <paramref name="time"/>) and posts like WeCom.</summary>
    internal static async Task<HttpResponseMessage> PostAsync(HttpClient http, WeComCrypto crypto, WeComOptions o, string plainXml,
        TimeProvider time)
    {
        var encrypt = crypto.Encrypt(plainXml);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        var url = $"/wecom/callback?msg_signature={crypto.Sign(timestamp, nonce, encrypt)}&timestamp={timestamp}&nonce={nonce}";
        var body = CallbackEnvelope.WriteInbound(o.CorpId, o.AgentId.ToString(CultureInfo.InvariantCulture), encrypt);
        return await http.PostAsync(new Uri(url, UriKind.Relative), new StringContent(body, Encoding.UTF8, "text/xml"));
    }

    private sealed class CallRecorder(ConcurrentQueue<string> calls) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            calls.Enqueue(request.RequestUri!.AbsolutePath);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
