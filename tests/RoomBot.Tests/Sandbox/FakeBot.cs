using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoomBot.WeCom.Crypto;

namespace RoomBot.Tests.Sandbox;

/// <summary>
/// A stand-in for the bot's <c>/wecom/callback</c> on real Kestrel, written independently of the sandbox: it checks the
/// signature, decrypts with the corp id as receiveid, records every delivery, and answers as told (stall, fail, reply).
/// </summary>
internal sealed class FakeBot : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly WeComCrypto crypto;
    private readonly SemaphoreSlim arrived = new(0);
    private int seen;

    private FakeBot(WebApplication app, WeComCrypto crypto)
    {
        this.app = app;
        this.crypto = crypto;
    }

    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    /// <summary>The first N deliveries get no answer at all: the request hangs until the sender gives up.</summary>
    public int StallFirst { get; set; }

    /// <summary>The first N deliveries are answered with HTTP 500.</summary>
    public int FailFirst { get; set; }

    /// <summary>The plaintext passive reply for a delivered message; null answers an empty 200.</summary>
    public Func<XElement, string?> Reply { get; set; } = _ => null;

    /// <summary>Sign the reply with the wrong token (the sandbox must not apply it).</summary>
    public bool BadReplySignature { get; set; }

    public Uri CallbackUrl { get; private set; } = null!;

    public static async Task<FakeBot> StartAsync(WeComCrypto crypto)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var bot = new FakeBot(app, crypto);
        app.MapPost("/wecom/callback", bot.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        bot.CallbackUrl = new Uri(new Uri(address), "/wecom/callback");
        return bot;
    }

    /// <summary>Waits until at least <paramref name="count"/> deliveries arrived (each one signals; no polling).</summary>
    public async Task<IReadOnlyList<Delivery>> WaitForAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        for (var i = 0; i < count; i++)
        {
            await arrived.WaitAsync(cts.Token);
        }

        return Deliveries.ToList();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref seen);
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var query = context.Request.Query;
        var envelope = XElement.Parse(body);
        var encrypt = envelope.Element("Encrypt")?.Value ?? "";
        var valid = crypto.VerifySignature(query["msg_signature"], query["timestamp"].ToString(), query["nonce"].ToString(), encrypt);
        var plain = XElement.Parse(crypto.Decrypt(encrypt));
        Deliveries.Enqueue(new Delivery(number, body, query["msg_signature"].ToString(), query["timestamp"].ToString(),
            query["nonce"].ToString(), valid, envelope, plain));
        arrived.Release();

        if (number <= StallFirst)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }

        if (number <= StallFirst + FailFirst)
        {
            context.Response.StatusCode = (int)HttpStatusCode.InternalServerError;
            return;
        }

        var reply = Reply(plain);
        if (reply is null)
        {
            return;
        }

        var timestamp = "1700000000";
        var nonce = number.ToString(CultureInfo.InvariantCulture);
        var replyEncrypt = crypto.Encrypt(reply);
        var signature = BadReplySignature ? new string('0', 40) : crypto.Sign(timestamp, nonce, replyEncrypt);
        var xml = new XElement("xml",
            new XElement("Encrypt", new XCData(replyEncrypt)),
            new XElement("MsgSignature", new XCData(signature)),
            new XElement("TimeStamp", timestamp),
            new XElement("Nonce", new XCData(nonce)));
        context.Response.ContentType = "text/xml";
        await context.Response.WriteAsync(xml.ToString(SaveOptions.DisableFormatting));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        arrived.Dispose();
    }

    internal sealed record Delivery(
        int Number, string Body, string MsgSignature, string Timestamp, string Nonce, bool SignatureValid, XElement Envelope, XElement Plain);

    /// <summary>Passive replies as doc 90241 shows them.</summary>
    internal static class Replies
    {
        public static string Text(XElement inbound, string content) => new XElement("xml",
            new XElement("ToUserName", new XCData(inbound.Element("FromUserName")!.Value)),
            new XElement("FromUserName", new XCData(inbound.Element("ToUserName")!.Value)),
            new XElement("CreateTime", "1700000000"),
            new XElement("MsgType", new XCData("text")),
            new XElement("Content", new XCData(content))).ToString(SaveOptions.DisableFormatting);

        public static string UpdateButton(XElement inbound, string replaceName) => new XElement("xml",
            new XElement("ToUserName", new XCData(inbound.Element("FromUserName")!.Value)),
            new XElement("FromUserName", new XCData(inbound.Element("ToUserName")!.Value)),
            new XElement("CreateTime", "1700000000"),
            new XElement("MsgType", new XCData("update_button")),
            new XElement("Button", new XElement("ReplaceName", new XCData(replaceName)))).ToString(SaveOptions.DisableFormatting);

        public static string UpdateTemplateCard(XElement inbound, string title, string replaceText) => new XElement("xml",
            new XElement("ToUserName", new XCData(inbound.Element("FromUserName")!.Value)),
            new XElement("FromUserName", new XCData(inbound.Element("ToUserName")!.Value)),
            new XElement("CreateTime", "1700000000"),
            new XElement("MsgType", new XCData("update_template_card")),
            new XElement("TemplateCard",
                new XElement("CardType", new XCData("button_interaction")),
                new XElement("MainTitle", new XElement("Title", new XCData(title))),
                new XElement("TaskId", new XCData("task-1")),
                new XElement("ReplaceText", new XCData(replaceText)))).ToString(SaveOptions.DisableFormatting);
    }
}
