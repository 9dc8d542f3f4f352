using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoomBot.Sandbox.Chat;
using RoomBot.WeCom;
using RoomBot.WeCom.Callback;
using RoomBot.WeCom.Crypto;

namespace RoomBot.Sandbox.Callback;

/// <summary>
/// WeCom's side of the callback (doc 90238, 91116, 91144): encrypts an inbound message with the configured keys, signs it,
/// POSTs it to the bot, and retries exactly like WeCom — the same message, a 5 s deadline per delivery, up to four
/// deliveries ("总共重试三次"), anything but HTTP 200 counting as a failure. The passive reply in a 200 body is verified,
/// decrypted and applied to the chat as the WeCom client would show it (doc 90241).
/// </summary>
public sealed partial class CallbackDeliverer(
    IHttpClientFactory httpClients,
    CallbackTarget target,
    SandboxChatService chat,
    PassiveReplyApplier replies,
    IOptions<SandboxOptions> sandboxOptions,
    IOptions<WeComOptions> weComOptions,
    TimeProvider time,
    ILogger<CallbackDeliverer> logger)
{
    /// <summary>The named HttpClient; it must carry no retry handler of its own, the deliverer's retries are WeCom's.</summary>
    public const string HttpClientName = "RoomBot.Sandbox.Callback";

    /// <summary>The user typed <paramref name="text"/>: record it in the chat, then deliver it as a text message.</summary>
    public async Task<CallbackDelivery> SendTextAsync(string userId, string text, CancellationToken ct)
    {
        await chat.RecordUserTextAsync(userId, text, ct);
        return await DeliverAsync(From(userId, new TextMessage(text, NewMsgId()), InboundEventNames.TextType), null, ct);
    }

    /// <summary>The user clicked the button <paramref name="key"/> of the card in chat message <paramref name="cardMessageId"/>.</summary>
    public async Task<CallbackDelivery> ClickAsync(
        string userId, long cardMessageId, string taskId, string cardType, string key, CancellationToken ct)
    {
        // Every click carries a fresh single-use code the bot may spend on message/update_template_card (doc 90240, 94945).
        var responseCode = await chat.RecordClickAsync(cardMessageId, key, ct)
            ?? throw new ArgumentException($"Chat message {cardMessageId} is not a template card.", nameof(cardMessageId));
        var click = new TemplateCardEvent(key, taskId, cardType, responseCode, []);
        return await DeliverAsync(From(userId, click, InboundEventNames.EventType), cardMessageId, ct);
    }

    /// <summary>The user opened the app's chat (doc 96468).</summary>
    public Task<CallbackDelivery> EnterAgentAsync(string userId, CancellationToken ct) =>
        DeliverAsync(From(userId, new EnterAgentEvent(), InboundEventNames.EventType), null, ct);

    /// <summary>A booking was made or cancelled outside the bot (doc 95333): <paramref name="eventName"/> is
    /// <c>book_meeting_room</c> or <c>cancel_meeting_room</c>, <paramref name="bookingId"/> the booking made or cancelled.</summary>
    public Task<CallbackDelivery> MeetingRoomEventAsync(
        string eventName, string userId, int meetingRoomId, string? bookingId, CancellationToken ct) =>
        DeliverAsync(From(userId, new MeetingRoomEvent(eventName, meetingRoomId, bookingId), InboundEventNames.EventType), null, ct);

    /// <summary>Posts <paramref name="message"/> until the bot takes it; a card update in the reply applies to <paramref name="cardMessageId"/>.</summary>
    public async Task<CallbackDelivery> DeliverAsync(InboundMessage message, long? cardMessageId, CancellationToken ct)
    {
        var plainXml = InboundMessageWriter.Write(message);
        var kind = message switch
        {
            MeetingRoomEvent room => room.Event,
            TemplateCardEvent => InboundEventNames.TemplateCardEvent,
            EnterAgentEvent => InboundEventNames.EnterAgent,
            _ => message.MsgType,
        };
        var userId = message.FromUserName;
        var options = sandboxOptions.Value;
        var wecom = weComOptions.Value;
        var crypto = new WeComCrypto(wecom.Token, wecom.EncodingAesKey, wecom.CorpId);
        var encrypt = crypto.Encrypt(plainXml);
        var timestamp = Now().ToString(CultureInfo.InvariantCulture);
        var nonce = Random.Shared.NextInt64(100_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture);
        var signature = crypto.Sign(timestamp, nonce, encrypt);
        var body = CallbackEnvelope.WriteInbound(wecom.CorpId, AgentId, encrypt);
        Uri url;
        try
        {
            url = WithQuery(target.Resolve(), signature, timestamp, nonce);
        }
        catch (InvalidOperationException ex)
        {
            // Nowhere to post yet (no Sandbox:CallbackUrl and no listening address): a failed delivery, not a crash.
            LogNoTarget(logger, kind, userId, ex.Message);
            return new CallbackDelivery(false, 0, null, PassiveReplyOutcome.NotDelivered);
        }

        var client = httpClients.CreateClient(HttpClientName);
        var maxDeliveries = Math.Max(1, options.MaxDeliveries);

        int? lastStatus = null;
        for (var attempt = 1; attempt <= maxDeliveries; attempt++)
        {
            var started = time.GetTimestamp();
            // A network deadline, so the real clock: tests shorten CallbackTimeout rather than fake it.
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(options.CallbackTimeout);
            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "text/xml");
                using var response = await client.PostAsync(url, content, deadline.Token);
                var replyBody = await response.Content.ReadAsStringAsync(deadline.Token);
                lastStatus = (int)response.StatusCode;
                var elapsedMs = time.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    LogDelivered(logger, kind, userId, attempt, maxDeliveries, elapsedMs);
                    var reply = await replies.ApplyAsync(crypto, replyBody, userId, cardMessageId, ct);
                    return new CallbackDelivery(true, attempt, lastStatus, reply);
                }

                // doc 90238: anything but 200 is a failed delivery.
                LogRefused(logger, kind, userId, attempt, maxDeliveries, lastStatus.Value, elapsedMs);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                lastStatus = null;
                LogTimeout(logger, kind, userId, attempt, maxDeliveries, options.CallbackTimeout.TotalMilliseconds);
            }
            catch (HttpRequestException ex)
            {
                lastStatus = null;
                LogUnreachable(logger, kind, userId, attempt, maxDeliveries, ex.Message);
            }
        }

        LogGaveUp(logger, kind, userId, maxDeliveries);
        return new CallbackDelivery(false, maxDeliveries, lastStatus, PassiveReplyOutcome.NotDelivered);
    }

    private long Now() => time.GetUtcNow().ToUnixTimeSeconds();

    private string AgentId => weComOptions.Value.AgentId.ToString(CultureInfo.InvariantCulture);

    private T From<T>(string userId, T message, string msgType)
        where T : InboundMessage =>
        message with { ToUserName = weComOptions.Value.CorpId, FromUserName = userId, CreateTime = Now(), MsgType = msgType, AgentId = AgentId };

    // WeCom's MsgId is a positive 64-bit number (doc 96467); the bot dedupes on it.
    private static long NewMsgId() => Random.Shared.NextInt64(1L << 60, long.MaxValue);

    private static Uri WithQuery(Uri url, string signature, string timestamp, string nonce)
    {
        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        return new Uri(url + separator + "msg_signature=" + Uri.EscapeDataString(signature)
            + "&timestamp=" + timestamp + "&nonce=" + nonce);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Callback {Kind} for {UserId}: delivery {Attempt}/{MaxDeliveries} taken (HTTP 200) in {ElapsedMs:F0} ms")]
    private static partial void LogDelivered(ILogger logger, string kind, string userId, int attempt, int maxDeliveries, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Callback {Kind} for {UserId}: delivery {Attempt}/{MaxDeliveries} answered HTTP {Status} in {ElapsedMs:F0} ms")]
    private static partial void LogRefused(ILogger logger, string kind, string userId, int attempt, int maxDeliveries, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Callback {Kind} for {UserId}: delivery {Attempt}/{MaxDeliveries} got no answer within {TimeoutMs:F0} ms")]
    private static partial void LogTimeout(ILogger logger, string kind, string userId, int attempt, int maxDeliveries, double timeoutMs);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Callback {Kind} for {UserId}: delivery {Attempt}/{MaxDeliveries} could not reach the bot: {Error}")]
    private static partial void LogUnreachable(ILogger logger, string kind, string userId, int attempt, int maxDeliveries, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Callback {Kind} for {UserId} not sent: {Reason}")]
    private static partial void LogNoTarget(ILogger logger, string kind, string userId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Callback {Kind} for {UserId}: gave up after {MaxDeliveries} deliveries")]
    private static partial void LogGaveUp(ILogger logger, string kind, string userId, int maxDeliveries);

}
