using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomBot.Sandbox.Chat;
using RoomBot.Sandbox.Feed;
using RoomBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using RoomBot.WeCom;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Callback;
using RoomBot.WeCom.Crypto;

namespace RoomBot.Tests.Conversation;

/// <summary>
/// The real bot and the sandbox in one host on loopback Kestrel: users type and click through the sandbox's chat API,
/// which posts real encrypted callbacks to <c>/wecom/callback</c>; the bot answers through the sandbox's
/// <c>/cgi-bin</c> API, reached over HTTP like real WeCom. The clock is fake (Mon 2026-06-01 09:00 Shanghai).
/// </summary>
public sealed class LiveBot : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Monday 2026-06-01 09:00 in Shanghai: "tomorrow" is Tuesday 2 June, "next monday" 8 June.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 6, 1, 1, 0, 0, TimeSpan.Zero);

    private LiveBot(RoomBotApplication host, Uri address, ConcurrentQueue<string> apiCalls)
    {
        Host = host;
        Address = address;
        ApiCalls = apiCalls;
        Http = new HttpClient { BaseAddress = address };
    }

    public RoomBotApplication Host { get; }
    public Uri Address { get; }
    public HttpClient Http { get; }

    /// <summary>Every WeCom API path the bot called (e.g. <c>/cgi-bin/oa/meetingroom/cancel_book</c>).</summary>
    public ConcurrentQueue<string> ApiCalls { get; }

    public FakeTimeProvider Time => Host.Time;

    public static LiveBot Start(Action<RoomBotApplication>? configure = null)
    {
        var calls = new ConcurrentQueue<string>();
        var host = new RoomBotApplication(new Dictionary<string, string?> { ["Sandbox:Enabled"] = "true" }, new FakeTimeProvider(MondayMorning));
        host.WithServices(services =>
        {
            // The sandbox points the bot's client at the host's own Kestrel address (SandboxApiAddress).
            services.AddHttpClient(nameof(IWeComApi)).AddHttpMessageHandler(() => new CallRecorder(calls));
        });
        configure?.Invoke(host);
        return Listen(host, calls);
    }

    /// <summary>Stops the host and starts a new one on the same database and clock, as after a deployment.</summary>
    public async Task<LiveBot> RestartAsync()
    {
        Http.Dispose();
        return Listen(await Host.RestartAsync(), ApiCalls);
    }

    private static LiveBot Listen(RoomBotApplication host, ConcurrentQueue<string> calls)
    {
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new LiveBot(host, address, calls);
    }

    public int Calls(string apiPath) => ApiCalls.Count(p => p.EndsWith(apiPath, StringComparison.Ordinal));

    /// <summary>The user types <paramref name="text"/>; returns what the bot sent back once it has answered.</summary>
    public async Task<IReadOnlyList<ChatMessage>> SayAsync(string userId, string text, Func<IReadOnlyList<ChatMessage>, bool>? done = null)
    {
        var before = (await ConversationAsync(userId)).Count;
        using var response = await Http.PostAsJsonAsync("/sandbox/api/messages", new { userId, text });
        response.EnsureSuccessStatusCode();
        return await RepliesAsync(userId, before + 1, done ?? AnyReply);
    }

    /// <summary>The user clicks <paramref name="key"/> on card <paramref name="cardMessageId"/> of their chat.</summary>
    public async Task<IReadOnlyList<ChatMessage>> ClickAsync(string userId, long cardMessageId, string key,
        Func<IReadOnlyList<ChatMessage>, bool> done)
    {
        var before = (await ConversationAsync(userId)).Count;
        using var response = await Http.PostAsJsonAsync("/sandbox/api/cards/click", new { userId, messageId = cardMessageId, key });
        response.EnsureSuccessStatusCode();
        return await RepliesAsync(userId, before, done);
    }

    public async Task<IReadOnlyList<ChatMessage>> ConversationAsync(string userId)
    {
        var json = await Http.GetFromJsonAsync<JsonElement>($"/sandbox/api/conversation?userId={userId}");
        return json.EnumerateArray().Select(ChatMessage.From).ToList();
    }

    public async Task<ChatMessage> MessageAsync(string userId, long id) => (await ConversationAsync(userId)).Single(m => m.Id == id);

    /// <summary>
    /// Waits until the messages after index <paramref name="from"/> satisfy <paramref name="done"/>: the bot sends
    /// cards through message/send after its passive reply.
    /// </summary>
    public async Task<IReadOnlyList<ChatMessage>> RepliesAsync(string userId, int from, Func<IReadOnlyList<ChatMessage>, bool> done)
    {
        IReadOnlyList<ChatMessage> after = [];
        await WaitUntilAsync(async () => done(after = (await ConversationAsync(userId)).Skip(from).ToList()),
            () => $"the bot's answer to {userId}; saw: " + string.Join(" | ", after.Select(m => m.Json.GetRawText())));
        return after;
    }

    /// <summary>Waits on the sandbox's feed (every chat, group or booking change) until <paramref name="condition"/> holds.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string> what)
    {
        var feed = Host.Services.GetRequiredService<ISandboxFeed>();
        using var patience = new CancellationTokenSource(Patience);
        var events = feed.SubscribeAsync(patience.Token).GetAsyncEnumerator(patience.Token);
        // Subscribe first, then look: a change between the look and the wait still wakes the loop.
        var next = events.MoveNextAsync().AsTask();
        try
        {
            while (!await condition())
            {
                try
                {
                    await next;
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException("Never happened: " + what());
                }

                next = events.MoveNextAsync().AsTask();
            }
        }
        finally
        {
            // An async iterator cannot be disposed while a MoveNextAsync is pending: end the wait first.
            await patience.CancelAsync();
            try
            {
                await next;
            }
            catch (OperationCanceledException)
            {
                // Expected: the wait was ended above.
            }

            await events.DisposeAsync();
        }
    }

    /// <summary>The messages a group chat received (the page API), e.g. the webhook robot group "design".</summary>
    public async Task<IReadOnlyList<JsonElement>> GroupMessagesAsync(string groupName)
    {
        var groups = await Http.GetFromJsonAsync<JsonElement>("/sandbox/api/groups");
        var group = groups.EnumerateArray().FirstOrDefault(g => g.GetProperty("name").GetString() == groupName);
        if (group.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var messages = await Http.GetFromJsonAsync<JsonElement>($"/sandbox/api/groups/{group.GetProperty("groupId").GetString()}/messages");
        return messages.EnumerateArray().Select(m => m.Clone()).ToList();
    }

    /// <summary>
    /// Posts one click as WeCom would, the identical encrypted body <paramref name="deliveries"/> times at once (WeCom's
    /// retries), and returns the passive replies of the deliveries that got one.
    /// </summary>
    public async Task<IReadOnlyList<PassiveReply>> PostClickAsync(string userId, string taskId, string key, int deliveries = 1)
    {
        var wecom = Host.Services.GetRequiredService<IOptions<WeComOptions>>().Value;
        var crypto = new WeComCrypto(wecom.Token, wecom.EncodingAesKey, wecom.CorpId);
        var agentId = wecom.AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var click = new TemplateCardEvent(key, taskId, "button_interaction", "rc-" + Guid.NewGuid().ToString("N"), [])
        {
            ToUserName = wecom.CorpId, FromUserName = userId, CreateTime = Time.GetUtcNow().ToUnixTimeSeconds(),
            MsgType = InboundEventNames.EventType, AgentId = agentId,
        };
        var encrypt = crypto.Encrypt(InboundMessageWriter.Write(click));
        var (timestamp, nonce) = (click.CreateTime.ToString(System.Globalization.CultureInfo.InvariantCulture), "424242");
        var url = $"/wecom/callback?msg_signature={crypto.Sign(timestamp, nonce, encrypt)}&timestamp={timestamp}&nonce={nonce}";
        var body = CallbackEnvelope.WriteInbound(wecom.CorpId, agentId, encrypt);
        var answers = await Task.WhenAll(Enumerable.Range(0, deliveries).Select(async _ =>
        {
            using var response = await Http.PostAsync(new Uri(url, UriKind.Relative),
                new StringContent(body, System.Text.Encoding.UTF8, "text/xml"));
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }));
        return answers.Where(a => a.Length > 0)
            .Select(a => PassiveReplyParser.Parse(crypto.Decrypt(CallbackEnvelope.ReadReply(a).Encrypt)))
            .ToList();
    }

    /// <summary>The booking's status as the sandbox (WeCom) knows it, through <c>bookinfo/get</c>.</summary>
    public async Task<int> BookingStatusAsync(int roomId, string bookingId)
    {
        var wecom = Host.Services.GetRequiredService<IOptions<WeComOptions>>().Value;
        var token = (await Http.GetFromJsonAsync<JsonElement>(
            $"/cgi-bin/gettoken?corpid={wecom.CorpId}&corpsecret={Uri.EscapeDataString(wecom.Secret)}")).GetProperty("access_token").GetString();
        using var response = await Http.PostAsJsonAsync($"/cgi-bin/oa/meetingroom/bookinfo/get?access_token={token}",
            new Dictionary<string, object> { ["meetingroom_id"] = roomId, ["booking_id"] = bookingId });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, json.GetProperty("errcode").GetInt32());
        return json.GetProperty("schedule").GetProperty("status").GetInt32();
    }

    private static bool AnyReply(IReadOnlyList<ChatMessage> after) => after.Any(m => m.FromBot);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
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
