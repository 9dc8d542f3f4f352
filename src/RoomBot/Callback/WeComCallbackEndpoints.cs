using System.Security.Cryptography;
using System.Text;
using RoomBot.WeCom.Callback;
using RoomBot.WeCom.Crypto;

namespace RoomBot.Callback;

/// <summary>
/// <c>/wecom/callback</c>: GET verifies the URL, POST receives messages and events (doc 90238, 91116, 91144).
/// Every refusal is a bare 4xx with one log line naming the reason; nothing is handled or stored.
/// </summary>
public static class WeComCallbackEndpoints
{
    public const string Path = "/wecom/callback";

    /// <summary>WeCom's messages are a few KB; anything much larger is not WeCom.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapWeComCallback(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, VerifyUrl);
        app.MapPost(Path, ReceiveAsync);
        return app;
    }

    private static IResult VerifyUrl(HttpRequest request, WeComCrypto crypto, ILogger<CallbackTurnRunner> logger)
    {
        var query = CallbackRequest.FromQuery(request.Query);
        var echo = request.Query["echostr"].ToString();
        if (query is null || echo.Length == 0)
        {
            return Reject(logger, "GET", CallbackRejection.MissingParameters);
        }

        if (!crypto.VerifySignature(query.Signature, query.Timestamp, query.Nonce, echo))
        {
            return Reject(logger, "GET", CallbackRejection.BadSignature);
        }

        if (!TryDecrypt(crypto, echo, out var plain, out var failure))
        {
            return Reject(logger, "GET", failure);
        }

        CallbackLog.UrlVerified(logger);
        // The decrypted echostr exactly: no quotes, no BOM, no newline.
        return Results.Text(plain, "text/plain", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, WeComCrypto crypto, CallbackTurnRunner runner, TimeProvider time, ILogger<CallbackTurnRunner> logger)
    {
        var query = CallbackRequest.FromQuery(request.Query);
        if (query is null)
        {
            return Reject(logger, "POST", CallbackRejection.MissingParameters);
        }

        var body = await BoundedBodyReader.ReadAsync(request, MaxBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return Reject(logger, "POST", CallbackRejection.BodyTooLarge);
        }

        string encrypted;
        try
        {
            encrypted = CallbackEnvelope.ReadEncrypt(body);
        }
        catch (FormatException)
        {
            return Reject(logger, "POST", CallbackRejection.MalformedEnvelope);
        }

        if (!crypto.VerifySignature(query.Signature, query.Timestamp, query.Nonce, encrypted))
        {
            return Reject(logger, "POST", CallbackRejection.BadSignature);
        }

        if (!TryDecrypt(crypto, encrypted, out var plain, out var failure))
        {
            return Reject(logger, "POST", failure);
        }

        InboundMessage inbound;
        try
        {
            inbound = InboundMessageParser.Parse(plain);
        }
        catch (FormatException)
        {
            return Reject(logger, "POST", CallbackRejection.MalformedMessage);
        }

        var replyXml = await runner.RunAsync(inbound, request.HttpContext.RequestAborted);
        if (replyXml is null)
        {
            return Results.Ok();
        }

        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nonce = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Text(CallbackEnvelope.WriteReply(crypto, replyXml, timestamp, nonce), "application/xml", Encoding.UTF8);
    }

    private static bool TryDecrypt(WeComCrypto crypto, string encrypted, out string plain, out CallbackRejection failure)
    {
        try
        {
            plain = crypto.Decrypt(encrypted);
            failure = default;
            return true;
        }
        catch (WeComCryptoException ex)
        {
            plain = "";
            failure = ex.Failure == WeComCryptoFailure.WrongReceiveId ? CallbackRejection.WrongReceiveId : CallbackRejection.Undecryptable;
            return false;
        }
    }

    private static IResult Reject(ILogger logger, string method, CallbackRejection reason)
    {
        CallbackLog.Rejected(logger, method, reason);
        var status = reason switch
        {
            CallbackRejection.BodyTooLarge => StatusCodes.Status413PayloadTooLarge,
            CallbackRejection.BadSignature or CallbackRejection.WrongReceiveId => StatusCodes.Status401Unauthorized,
            _ => StatusCodes.Status400BadRequest,
        };
        return Results.StatusCode(status);
    }
}
