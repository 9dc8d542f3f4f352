using RoomBot.WeCom.Crypto;

namespace RoomBot.WeCom.Callback;

/// <summary>The outer, encrypted XML of callbacks (doc 90238, 91144): what WeCom POSTs and what the bot answers.</summary>
public static class CallbackEnvelope
{
    /// <summary>The <c>&lt;Encrypt&gt;</c> text of a callback POST body.</summary>
    /// <exception cref="FormatException">Malformed XML, a DTD, or no non-empty <c>Encrypt</c> element.</exception>
    public static string ReadEncrypt(string postBody)
    {
        var root = WeComXml.ParseRoot(postBody);
        var encrypt = WeComXml.Optional(root, "Encrypt");
        return string.IsNullOrEmpty(encrypt) ? throw new FormatException("<Encrypt> is missing or empty.") : encrypt;
    }

    /// <summary>Encrypts and signs <paramref name="plainXml"/> as a passive reply; receiveid is the crypto's (the CorpID).</summary>
    /// <param name="timestamp">Unix seconds as digits.</param>
    public static string WriteReply(WeComCrypto crypto, string plainXml, string timestamp, string nonce, ReadOnlySpan<byte> random16 = default)
    {
        ArgumentNullException.ThrowIfNull(crypto);
        if (string.IsNullOrEmpty(timestamp) || !timestamp.All(char.IsAsciiDigit))
            throw new ArgumentException("The timestamp must be Unix seconds.", nameof(timestamp));
        ArgumentException.ThrowIfNullOrEmpty(nonce);

        var encrypt = crypto.Encrypt(plainXml, random16);
        return new WeComXmlWriter()
            .Text("Encrypt", encrypt)
            .Text("MsgSignature", crypto.Sign(timestamp, nonce, encrypt))
            .NumberOrText("TimeStamp", timestamp)
            .Text("Nonce", nonce)
            .ToString();
    }

    /// <summary>Reads an encrypted passive reply (for the sandbox and tests, which play WeCom).</summary>
    /// <exception cref="FormatException">Malformed XML or a missing field.</exception>
    public static EncryptedReply ReadReply(string replyXml)
    {
        var root = WeComXml.ParseRoot(replyXml);
        return new EncryptedReply(
            WeComXml.Required(root, "Encrypt"),
            WeComXml.Required(root, "MsgSignature"),
            WeComXml.Required(root, "TimeStamp"),
            WeComXml.Required(root, "Nonce"));
    }

    /// <summary>The POST body WeCom sends to the callback URL.</summary>
    public static string WriteInbound(string toUserName, string agentId, string encrypt) =>
        new WeComXmlWriter()
            .Text("ToUserName", toUserName)
            .Text("AgentID", agentId)
            .Text("Encrypt", encrypt)
            .ToString();
}
