using System.Globalization;
using System.Text;
using RoomBot.WeCom.Callback;
using RoomBot.WeCom.Crypto;

namespace RoomBot.Tests.Infrastructure;

/// <summary>Plays WeCom's side of <c>/wecom/callback</c> in tests: encrypts, signs and posts, and opens replies.</summary>
public sealed class WeComCallbackClient(HttpClient http, string token, string aesKey, string corpId)
{
    private readonly WeComCrypto _crypto = new(token, aesKey, corpId);
    private int _nonce = 1000;

    public WeComCrypto Crypto => _crypto;

    public static WeComCallbackClient ForInteropKeys(HttpClient http) =>
        new(http, CallbackKeys.Token, CallbackKeys.EncodingAesKey, CallbackKeys.CorpId);

    public static string TextXml(string from, string content, long msgId, long createTime = 1795485600) =>
        $"<xml><ToUserName><![CDATA[{CallbackKeys.CorpId}]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName>" +
        $"<CreateTime>{createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content>" +
        $"<MsgId>{msgId}</MsgId><AgentID>{CallbackKeys.AgentId}</AgentID></xml>";

    /// <summary>Encrypts and signs <paramref name="plainXml"/> and posts it as WeCom does.</summary>
    public Task<HttpResponseMessage> PostAsync(string plainXml)
    {
        var encrypt = _crypto.Encrypt(plainXml);
        var (timestamp, nonce) = NextStamp();
        return PostRawAsync(CallbackEnvelope.WriteInbound(CallbackKeys.CorpId, CallbackKeys.AgentId, encrypt),
            _crypto.Sign(timestamp, nonce, encrypt), timestamp, nonce);
    }

    public Task<HttpResponseMessage> PostRawAsync(string body, string? signature, string timestamp, string nonce)
    {
        var query = signature is null
            ? $"?timestamp={timestamp}&nonce={nonce}"
            : $"?msg_signature={signature}&timestamp={timestamp}&nonce={nonce}";
        return http.PostAsync("/wecom/callback" + query, new StringContent(body, Encoding.UTF8, "text/xml"));
    }

    /// <summary>Checks the reply's signature, decrypts it and returns the plain passive reply.</summary>
    public PassiveReply OpenReply(string replyXml)
    {
        var reply = CallbackEnvelope.ReadReply(replyXml);
        Assert.True(_crypto.VerifySignature(reply.MsgSignature, reply.TimeStamp, reply.Nonce, reply.Encrypt), "reply signature");
        return PassiveReplyParser.Parse(_crypto.Decrypt(reply.Encrypt));
    }

    public (string Timestamp, string Nonce) NextStamp() =>
        ("1795485600", Interlocked.Increment(ref _nonce).ToString(CultureInfo.InvariantCulture));
}
