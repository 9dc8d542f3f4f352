using System.Text;
using RoomBot.WeCom.Callback;
using RoomBot.WeCom.Crypto;
using RoomBot.WeCom.Tests.Crypto;

namespace RoomBot.WeCom.Tests.Callback;

public class CallbackEnvelopeTests
{
    private static readonly InteropVectors Vectors = InteropVectors.Load();
    private static WeComCrypto Crypto() => new(Vectors.Token, Vectors.EncodingAesKey, Vectors.CorpId);

    [Fact]
    public void ReadEncrypt_OfficialPostBody_ReturnsEncrypt()
    {
        const string body = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><AgentID><![CDATA[218]]></AgentID><Encrypt><![CDATA[RypEvHKD8QQ==]]></Encrypt></xml>";

        Assert.Equal("RypEvHKD8QQ==", CallbackEnvelope.ReadEncrypt(body));
    }

    [Fact]
    public void ReadEncrypt_WriteInboundOutput_RoundTrips()
    {
        var c = Vectors.Cases[0];

        var body = CallbackEnvelope.WriteInbound(Vectors.CorpId, "1000002", c.Encrypt);

        Assert.Equal($"<xml><ToUserName><![CDATA[{Vectors.CorpId}]]></ToUserName><AgentID><![CDATA[1000002]]></AgentID><Encrypt><![CDATA[{c.Encrypt}]]></Encrypt></xml>", body);
        Assert.Equal(c.Encrypt, CallbackEnvelope.ReadEncrypt(body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml")]
    [InlineData("<xml><Encrypt>abc</Encrypt>")]                       // unclosed
    [InlineData("<xml><ToUserName>x</ToUserName></xml>")]             // no Encrypt
    [InlineData("<xml><Encrypt></Encrypt></xml>")]                    // empty Encrypt
    [InlineData("<root><Encrypt>abc</Encrypt></root>")]               // wrong root
    public void ReadEncrypt_MalformedBody_ThrowsFormatException(string body)
    {
        Assert.Throws<FormatException>(() => CallbackEnvelope.ReadEncrypt(body));
    }

    [Fact]
    public void ReadEncrypt_ExternalEntity_ThrowsFormatExceptionWithoutResolving()
    {
        var secretFile = Path.GetTempFileName();
        File.WriteAllText(secretFile, "SECRET");
        try
        {
            var body = $"<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file://{secretFile}\">]><xml><Encrypt>&xxe;</Encrypt></xml>";

            var ex = Assert.Throws<FormatException>(() => CallbackEnvelope.ReadEncrypt(body));
            Assert.DoesNotContain("SECRET", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secretFile);
        }
    }

    [Fact]
    public void ReadEncrypt_EntityExpansionBomb_ThrowsFormatException()
    {
        const string body = "<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><xml><Encrypt>&b;</Encrypt></xml>";

        Assert.Throws<FormatException>(() => CallbackEnvelope.ReadEncrypt(body));
    }

    [Fact]
    public void WriteReply_FixedPrefix_SignedEnvelopeThatDecryptsToPlaintext()
    {
        var crypto = Crypto();
        var c = Vectors.Cases[0];

        var reply = CallbackEnvelope.WriteReply(crypto, c.Plaintext, c.Timestamp, c.Nonce, Encoding.ASCII.GetBytes(c.Random16));

        Assert.Equal(
            $"<xml><Encrypt><![CDATA[{c.Encrypt}]]></Encrypt><MsgSignature><![CDATA[{c.MsgSignature}]]></MsgSignature><TimeStamp>{c.Timestamp}</TimeStamp><Nonce><![CDATA[{c.Nonce}]]></Nonce></xml>",
            reply);
    }

    [Fact]
    public void ReadReply_WriteReplyOutput_VerifiesAndDecrypts()
    {
        var crypto = Crypto();
        var plain = PassiveReplyXml.Text("zhangsan", Vectors.CorpId, 1795485600, "已预定 1 号会议室");

        var reply = CallbackEnvelope.ReadReply(CallbackEnvelope.WriteReply(crypto, plain, "1795485601", "nonce42"));

        Assert.Equal("1795485601", reply.TimeStamp);
        Assert.Equal("nonce42", reply.Nonce);
        Assert.True(crypto.VerifySignature(reply.MsgSignature, reply.TimeStamp, reply.Nonce, reply.Encrypt));
        Assert.Equal(plain, crypto.Decrypt(reply.Encrypt));
    }

    [Theory]
    [InlineData("<xml><Encrypt>a</Encrypt><TimeStamp>1</TimeStamp><Nonce>n</Nonce></xml>")]
    [InlineData("<xml><Encrypt>a</Encrypt><MsgSignature>s</MsgSignature><Nonce>n</Nonce></xml>")]
    [InlineData("garbage")]
    public void ReadReply_MissingFieldOrGarbage_ThrowsFormatException(string xml)
    {
        Assert.Throws<FormatException>(() => CallbackEnvelope.ReadReply(xml));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12a")]
    public void WriteReply_TimestampNotDigits_ThrowsArgumentException(string timestamp)
    {
        Assert.Throws<ArgumentException>(() => CallbackEnvelope.WriteReply(Crypto(), "<xml/>", timestamp, "n"));
    }
}
