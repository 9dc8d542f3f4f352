using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;
using RoomBot.Core.Conversation;
using RoomBot.Core.Replies;
using RoomBot.Tests.Infrastructure;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Callback;
using RoomBot.WeCom.Contracts;
using RoomBot.WeCom.Crypto;

namespace RoomBot.Tests.Callback;

public sealed class WeComCallbackEndpointTests : IDisposable
{
    private static readonly JsonElement Vectors = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(RepoPaths.Shared, "interop", "wecom-crypto-vectors.json"))).RootElement;

    private readonly RecordingDispatcher _dispatcher = new(new BotReply.Text("hello from the bot"));
    private readonly Mock<IWeComApi> _api = new();
    private readonly RoomBotApplication _app;

    public WeComCallbackEndpointTests()
    {
        _api.Setup(a => a.SendMessageAsync(It.IsAny<AppMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new MessageSendResponse());
        _app = NewApp();
    }

    public void Dispose() => _app.Dispose();

    private RoomBotApplication NewApp(string? databasePath = null) =>
        new RoomBotApplication(databasePath).WithInteropKeys().WithServices(s =>
        {
            s.AddScoped<IConversationDispatcher>(_ => _dispatcher);
            s.AddSingleton(_api.Object);
        });

    private static JsonElement Case(string name) =>
        Vectors.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    [Fact]
    public async Task Get_OfficialEchostrVector_AnswersDecryptedEchoAsPlainText()
    {
        var v = Case("echostr");
        var url = "/wecom/callback?msg_signature=" + v.GetProperty("msg_signature").GetString() +
                  "&timestamp=" + v.GetProperty("timestamp").GetString() + "&nonce=" + v.GetProperty("nonce").GetString() +
                  "&echostr=" + Uri.EscapeDataString(v.GetProperty("encrypt").GetString()!);

        var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(v.GetProperty("plaintext").GetString(), Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]); // no BOM
    }

    [Fact]
    public async Task Post_OfficialTextVector_DispatchesOnceAndAnswersSignedPassiveText()
    {
        var v = Case("text-en");
        var client = WeComCallbackClient.ForInteropKeys(_app.CreateClient());

        var response = await client.PostRawAsync(CallbackEnvelope.WriteInbound(CallbackKeys.CorpId, CallbackKeys.AgentId, v.GetProperty("encrypt").GetString()!),
            v.GetProperty("msg_signature").GetString(), v.GetProperty("timestamp").GetString()!, v.GetProperty("nonce").GetString()!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = client.OpenReply(await response.Content.ReadAsStringAsync());
        Assert.Equal(PassiveReplyKind.Text, reply.Kind);
        Assert.Equal("zhangsan", reply.ToUserName);
        Assert.Equal(CallbackKeys.CorpId, reply.FromUserName);
        Assert.Equal("hello from the bot", reply.Content);
        var seen = Assert.Single(_dispatcher.Seen);
        Assert.Equal(IncomingKind.Text, seen.Kind);
        Assert.Equal("book room 1 tomorrow 3pm", seen.Text);
    }

    [Fact]
    public async Task Post_SameMessageDeliveredFourTimes_HandledOnceAndSameReplyEachTime()
    {
        var client = WeComCallbackClient.ForInteropKeys(_app.CreateClient());
        var xml = WeComCallbackClient.TextXml("lisi", "hi", msgId: 7441029384756100001);

        var bodies = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var response = await client.PostAsync(xml);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(client.OpenReply(await response.Content.ReadAsStringAsync()).Content!);
        }

        Assert.Single(_dispatcher.Seen);
        Assert.All(bodies, b => Assert.Equal("hello from the bot", b));
    }

    [Fact]
    public async Task Post_DuplicateAfterRestart_NotHandledAgain()
    {
        using var database = new TempDatabase();
        var xml = WeComCallbackClient.TextXml("lisi", "hi", msgId: 7441029384756100002);
        await using (var first = NewApp(database.Path))
        {
            await WeComCallbackClient.ForInteropKeys(first.CreateClient()).PostAsync(xml);
        }

        await using var restarted = NewApp(database.Path);
        var response = await WeComCallbackClient.ForInteropKeys(restarted.CreateClient()).PostAsync(xml);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_dispatcher.Seen);
    }

    [Fact]
    public async Task Post_TwoClicksInOneSecond_BothHandled()
    {
        var client = WeComCallbackClient.ForInteropKeys(_app.CreateClient());
        foreach (var key in new[] { "cancel:bk1", "cancel:bk2" })
        {
            var click = InboundMessageWriter.Write(new TemplateCardEvent(key, "task_" + key[7..], "button_interaction", "rc_" + key[7..], [])
            {
                ToUserName = CallbackKeys.CorpId,
                FromUserName = "zhangsan",
                CreateTime = 1795485700,
                MsgType = "event",
                AgentId = CallbackKeys.AgentId,
            });
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(click)).StatusCode);
        }

        Assert.Equal(["cancel:bk1", "cancel:bk2"], _dispatcher.Seen.Select(m => m.ActionKey));
    }

    [Fact]
    public async Task Post_SlowTurn_AnswersEmptyWithinBudgetThenRepliesThroughMessageSend()
    {
        _dispatcher.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = new TaskCompletionSource<AppMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _api.Setup(a => a.SendMessageAsync(It.IsAny<AppMessage>(), It.IsAny<CancellationToken>()))
            .Callback<AppMessage, CancellationToken>((m, _) => sent.TrySetResult(m))
            .ReturnsAsync(new MessageSendResponse());
        var client = WeComCallbackClient.ForInteropKeys(_app.CreateClient());

        var pending = client.PostAsync(WeComCallbackClient.TextXml("wangwu", "slow", msgId: 7441029384756100003));
        await _dispatcher.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        await AdvanceUntilAsync(pending, TimeSpan.FromSeconds(3));
        var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        _dispatcher.Gate.SetResult();
        var message = await sent.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("wangwu", message.ToUser);
        Assert.Equal("text", message.MsgType);
        Assert.Equal("hello from the bot", message.Text!.Content);
        Assert.Equal(1000002, message.AgentId);
    }

    [Fact]
    public async Task Post_HandlerThrows_AnswersFriendlyErrorAsPassiveText()
    {
        _dispatcher.Failure = new InvalidOperationException("boom");
        var client = WeComCallbackClient.ForInteropKeys(_app.CreateClient());

        var response = await client.PostAsync(WeComCallbackClient.TextXml("lisi", "hi", msgId: 7441029384756100006));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = client.OpenReply(await response.Content.ReadAsStringAsync());
        Assert.Equal(PassiveReplyKind.Text, reply.Kind);
        Assert.Equal("lisi", reply.ToUserName);
        Assert.Contains("Sorry, something went wrong", reply.Content, StringComparison.Ordinal);
        Assert.Single(_dispatcher.Seen);
    }

    [Fact]
    public async Task Post_UnknownMessageType_AcceptedWithEmptyAnswer()
    {
        var image = $"<xml><ToUserName><![CDATA[{CallbackKeys.CorpId}]]></ToUserName><FromUserName><![CDATA[lisi]]></FromUserName>" +
                    "<CreateTime>1795485600</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://x/y.png]]></PicUrl>" +
                    "<MediaId><![CDATA[m1]]></MediaId><MsgId>7441029384756100004</MsgId><AgentID>1000002</AgentID></xml>";
        var dispatcher = new RecordingDispatcher();
        await using var app = new RoomBotApplication().WithInteropKeys().WithServices(s => s.AddScoped<IConversationDispatcher>(_ => dispatcher));

        var response = await WeComCallbackClient.ForInteropKeys(app.CreateClient()).PostAsync(image);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal("image", Assert.Single(dispatcher.Seen).OtherType);
    }

    public static TheoryData<string, HttpStatusCode> Rejections => new()
    {
        { "missing-signature", HttpStatusCode.BadRequest },
        { "bad-signature", HttpStatusCode.Unauthorized },
        { "garbage-body", HttpStatusCode.BadRequest },
        { "undecryptable", HttpStatusCode.BadRequest },
        { "truncated", HttpStatusCode.BadRequest },
        { "wrong-receiveid", HttpStatusCode.Unauthorized },
        { "malformed-xml", HttpStatusCode.BadRequest },
        { "too-large", HttpStatusCode.RequestEntityTooLarge },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task Post_BadInput_RejectedWith4xxNoStateChangeOneLogLine(string kind, HttpStatusCode expected)
    {
        var client = WeComCallbackClient.ForInteropKeys(_app.CreateClient());
        var crypto = client.Crypto;
        var (ts, nonce) = client.NextStamp();
        var good = crypto.Encrypt(WeComCallbackClient.TextXml("lisi", "hi", 7441029384756100005));
        string Envelope(string encrypt) => CallbackEnvelope.WriteInbound(CallbackKeys.CorpId, CallbackKeys.AgentId, encrypt);

        var response = kind switch
        {
            "missing-signature" => await client.PostRawAsync(Envelope(good), null, ts, nonce),
            "bad-signature" => await client.PostRawAsync(Envelope(good), new string('0', 40), ts, nonce),
            "garbage-body" => await client.PostRawAsync("definitely not xml", crypto.Sign(ts, nonce, "x"), ts, nonce),
            "undecryptable" => await SignedAsync(Convert.ToBase64String(new byte[64])),
            "truncated" => await SignedAsync(good[..(good.Length / 2)]),
            "wrong-receiveid" => await SignedAsync(new WeComCrypto(CallbackKeys.Token, CallbackKeys.EncodingAesKey, "wwsomebodyelse").Encrypt("<xml/>")),
            "malformed-xml" => await SignedAsync(crypto.Encrypt("<xml><MsgType>text")),
            "too-large" => await SignedAsync(crypto.Encrypt(new string('x', 70_000))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(_dispatcher.Seen);
        Assert.Equal(0, CountProcessedCallbacks());
        Assert.Single(_app.Logs.Lines, l => l.EventId == 1001);
        return;

        Task<HttpResponseMessage> SignedAsync(string encrypt) => client.PostRawAsync(Envelope(encrypt), crypto.Sign(ts, nonce, encrypt), ts, nonce);
    }

    [Fact]
    public async Task Get_BadSignature_Rejected()
    {
        var response = await _app.CreateClient().GetAsync("/wecom/callback?msg_signature=abc&timestamp=1&nonce=2&echostr=xyz");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_ServiceReady_Answers200()
    {
        var response = await _app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private int CountProcessedCallbacks()
    {
        using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM processed_callbacks";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Moves the fake clock in small steps until the request answers (the budget timer runs on it).</summary>
    private async Task AdvanceUntilAsync(Task pending, TimeSpan budget)
    {
        for (var waited = TimeSpan.Zero; !pending.IsCompleted && waited <= budget + TimeSpan.FromSeconds(1); waited += TimeSpan.FromMilliseconds(500))
        {
            _app.Time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(pending, Task.Delay(50));
        }

        Assert.True(pending.IsCompleted, "the callback answered within the budget");
    }
}
