using System.Text;
using RoomBot.WeCom.Crypto;

namespace RoomBot.WeCom.Tests.Crypto;

public class WeComCryptoTests
{
    // Vector A: official doc 91144.
    private const string TokenA = "QDG6eK";
    private const string KeyA = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private const string CorpA = "wx5823bf96d3bd56c7";
    private const string EncryptA = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";

    // Vector B: UTF-8 content.
    private const string TokenB = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo";
    private const string KeyB = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt";
    private const string CorpB = "ww1436e0e65a779aee";
    private const string EncryptB = "Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+";

    private static WeComCrypto CryptoA() => new(TokenA, KeyA, CorpA);
    private static WeComCrypto CryptoB() => new(TokenB, KeyB, CorpB);

    [Fact]
    public void Decrypt_VectorA_ReturnsOfficialTextMessage()
    {
        var plain = CryptoA().Decrypt(EncryptA);

        Assert.Equal(284, Encoding.UTF8.GetByteCount(plain));
        Assert.Contains("<Content><![CDATA[hello]]></Content>", plain, StringComparison.Ordinal);
        Assert.Contains("<FromUserName><![CDATA[mycreate]]></FromUserName>", plain, StringComparison.Ordinal);
        Assert.Contains("<MsgId>4561255354251345929</MsgId>", plain, StringComparison.Ordinal);
        Assert.Contains("<AgentID>218</AgentID>", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifySignature_VectorA_True()
    {
        Assert.True(CryptoA().VerifySignature("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149", EncryptA));
    }

    [Fact]
    public void DecryptAndVerify_VectorA2UrlVerification_ReturnsEchoAnswer()
    {
        const string echostr = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
        var crypto = CryptoA();

        Assert.True(crypto.VerifySignature("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780", echostr));
        Assert.Equal("1616140317555161061", crypto.Decrypt(echostr));
    }

    [Fact]
    public void DecryptAndVerify_VectorBPost_ReturnsChineseText()
    {
        var crypto = CryptoB();

        Assert.True(crypto.VerifySignature("0c3914025cb4b4d68103f6bfc8db550f79dcf48e", "1476422779", "1597212914", EncryptB));
        var plain = crypto.Decrypt(EncryptB);
        Assert.Contains("<Content>你好</Content>", plain, StringComparison.Ordinal);
        Assert.Contains("ChenJiaShun", plain, StringComparison.Ordinal);
        Assert.Contains("<MsgId>1456453720</MsgId>", plain, StringComparison.Ordinal);
        Assert.Contains("<AgentID>1000002</AgentID>", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void DecryptAndVerify_VectorBGet_ReturnsEchoAnswer()
    {
        const string echostr = "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==";
        var crypto = CryptoB();

        Assert.True(crypto.VerifySignature("012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb", "1476416373", "47744683", echostr));
        Assert.Equal("1288432023552776189", crypto.Decrypt(echostr));
    }

    [Fact]
    public void EncryptAndSign_VectorC_IdenticalCiphertextAndSignature()
    {
        var crypto = new WeComCrypto("123456", "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR", "wx49f0ab532d5d035a");
        var plain = string.Join('\n',
            "<xml>",
            "<MsgType><![CDATA[text]]></MsgType>",
            "<Content><![CDATA[test]]></Content>",
            "<FromUserName><![CDATA[wx49f0ab532d5d035a]]></FromUserName>",
            "<ToUserName><![CDATA[messense]]></ToUserName>",
            "<AgentID>1</AgentID>",
            "<CreateTime>1411525903</CreateTime>",
            "</xml>");

        var encrypt = crypto.Encrypt(plain, "1234567890123456"u8);

        Assert.Equal("9s4gMv99m88kKTh/H8IdkOiMg6bisoy3ypwy9H4hvSPe9nsGaqyw5hhSjdYbcrKk+j3nba4HMOTzHrluLBYqxgNcBqGsL8GqxlhZgURnAtObvesEl5nZ+uBE8bviY0LWke8Zy9V/QYKxNV2FqllNXcfmstttyIkMKCCmVbCFM2JTF5wY0nFhHZSjPUL2Q1qvSUCUld+/WIXrx0oyKQmpB6o8NRrrNrsDf03oxI1p9FxUgMnwKKZeOA/uu+2IEvEBtb7muXsVbwbgX05UPPJvFurDXafG0RQyPR+mf1nDnAtQmmNOuiR5MIkdQ39xn1vWwi1O5oazPoQJz0nTYjxxEE8kv3kFxtAGVRe3ypD3WeK2XeFYFMNMpatF9XiKzHo3", encrypt);
        Assert.Equal("407518b7649e86ef23978113f92d27afa9296533", crypto.Sign("1411525903", "461056294", encrypt));
        Assert.Equal(plain, crypto.Decrypt(encrypt));
    }

    public static TheoryData<string> InteropCaseNames() => InteropVectors.CaseNames();

    [Theory]
    [MemberData(nameof(InteropCaseNames))]
    public void Decrypt_InteropVector_ReturnsPlaintext(string name)
    {
        var (crypto, c) = Interop(name);

        Assert.Equal(c.Plaintext, crypto.Decrypt(c.Encrypt));
    }

    [Theory]
    [MemberData(nameof(InteropCaseNames))]
    public void Encrypt_InteropVectorWithGivenPrefix_IdenticalCiphertext(string name)
    {
        var (crypto, c) = Interop(name);

        Assert.Equal(c.Encrypt, crypto.Encrypt(c.Plaintext, Encoding.ASCII.GetBytes(c.Random16)));
    }

    [Theory]
    [MemberData(nameof(InteropCaseNames))]
    public void SignAndVerify_InteropVector_MatchesOfficialSignature(string name)
    {
        var (crypto, c) = Interop(name);

        Assert.Equal(c.MsgSignature, crypto.Sign(c.Timestamp, c.Nonce, c.Encrypt));
        Assert.True(crypto.VerifySignature(c.MsgSignature, c.Timestamp, c.Nonce, c.Encrypt));
    }

    [Fact]
    public void Encrypt_NoPrefix_RoundTripsWithFreshRandomPrefix()
    {
        var crypto = CryptoB();

        var first = crypto.Encrypt("会议室 1");
        var second = crypto.Encrypt("会议室 1");

        Assert.NotEqual(first, second);
        Assert.Equal("会议室 1", crypto.Decrypt(first));
        Assert.Equal("会议室 1", crypto.Decrypt(second));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]   // 16+4+11+18 = 49 → pad 15
    [InlineData(26)]   // 16+4+26+18 = 64 → a full 32-byte block of padding
    [InlineData(27)]   // pad 31
    public void Encrypt_VariousLengths_PadsToMultipleOf32AndRoundTrips(int length)
    {
        var crypto = CryptoB();
        var message = new string('m', length);

        var encrypt = crypto.Encrypt(message);

        Assert.Equal(0, Convert.FromBase64String(encrypt).Length % 32);
        Assert.Equal(message, crypto.Decrypt(encrypt));
    }

    [Fact]
    public void VerifySignature_WrongOrMissingSignature_False()
    {
        var crypto = CryptoA();

        Assert.False(crypto.VerifySignature("477715d11cdb4164915debcba66cb864d751f3e7", "1409659813", "1372623149", EncryptA));
        Assert.False(crypto.VerifySignature(null, "1409659813", "1372623149", EncryptA));
        Assert.False(crypto.VerifySignature("", "1409659813", "1372623149", EncryptA));
        Assert.False(crypto.VerifySignature("477715d1", "1409659813", "1372623149", EncryptA));
        Assert.False(crypto.VerifySignature("477715d11cdb4164915debcba66cb864d751f3e6", "1409659814", "1372623149", EncryptA));
    }

    [Fact]
    public void Decrypt_WrongKey_ThrowsBadPadding()
    {
        var crypto = new WeComCrypto(TokenA, KeyB, CorpA);

        var ex = Assert.Throws<WeComCryptoException>(() => crypto.Decrypt(EncryptA));
        Assert.Equal(WeComCryptoFailure.BadPadding, ex.Failure);
    }

    [Fact]
    public void Decrypt_WrongReceiveId_ThrowsWrongReceiveId()
    {
        var crypto = new WeComCrypto(TokenA, KeyA, "ww0000000000000000");

        var ex = Assert.Throws<WeComCryptoException>(() => crypto.Decrypt(EncryptA));
        Assert.Equal(WeComCryptoFailure.WrongReceiveId, ex.Failure);
    }

    [Fact]
    public void Decrypt_ReceiveIdIsPrefixOfRealOne_ThrowsWrongReceiveId()
    {
        var crypto = new WeComCrypto(TokenA, KeyA, CorpA[..^1]);

        var ex = Assert.Throws<WeComCryptoException>(() => crypto.Decrypt(EncryptA));
        Assert.Equal(WeComCryptoFailure.WrongReceiveId, ex.Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("QUJD")]                         // valid base64, 3 bytes: not a whole AES block
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // 30 bytes
    public void Decrypt_GarbageOrPartialBlocks_ThrowsMalformed(string encrypt)
    {
        var ex = Assert.Throws<WeComCryptoException>(() => CryptoA().Decrypt(encrypt));
        Assert.Equal(WeComCryptoFailure.Malformed, ex.Failure);
    }

    [Fact]
    public void Decrypt_TruncatedByOneBlock_Throws()
    {
        var bytes = Convert.FromBase64String(EncryptA);
        var truncated = Convert.ToBase64String(bytes[..^16]);

        Assert.Throws<WeComCryptoException>(() => CryptoA().Decrypt(truncated));
    }

    [Fact]
    public void Decrypt_TruncatedInsideBlock_ThrowsMalformed()
    {
        var bytes = Convert.FromBase64String(EncryptA);
        var truncated = Convert.ToBase64String(bytes[..^5]);

        var ex = Assert.Throws<WeComCryptoException>(() => CryptoA().Decrypt(truncated));
        Assert.Equal(WeComCryptoFailure.Malformed, ex.Failure);
    }

    [Fact]
    public void Decrypt_FlippedByteInLastBlock_ThrowsBadPadding()
    {
        // CBC: flipping a byte of the next-to-last block flips the same byte of the last plaintext block (the pad).
        var bytes = Convert.FromBase64String(EncryptA);
        bytes[^17] ^= 0x01;

        var ex = Assert.Throws<WeComCryptoException>(() => CryptoA().Decrypt(Convert.ToBase64String(bytes)));
        Assert.Equal(WeComCryptoFailure.BadPadding, ex.Failure);
    }

    [Fact]
    public void Decrypt_FlippedByteInFirstBlock_Throws()
    {
        // Garbles block 0 (the random prefix) and flips a byte of block 1 (the length field).
        var bytes = Convert.FromBase64String(EncryptA);
        bytes[16] ^= 0x40;

        Assert.Throws<WeComCryptoException>(() => CryptoA().Decrypt(Convert.ToBase64String(bytes)));
    }

    [Theory]
    [InlineData(0)]    // pad byte 0
    [InlineData(33)]   // pad > 32
    [InlineData(200)]
    public void Decrypt_PadValueOutOfRange_ThrowsBadPadding(int padValue)
    {
        var encrypt = EncryptRaw(KeyA, BuildPlain("hi", CorpA, pad: 24, lastByte: (byte)padValue));

        var ex = Assert.Throws<WeComCryptoException>(() => CryptoA().Decrypt(encrypt));
        Assert.Equal(WeComCryptoFailure.BadPadding, ex.Failure);
    }

    [Fact]
    public void Decrypt_InconsistentPadBytes_ThrowsBadPadding()
    {
        var plain = BuildPlain("hi", CorpA, pad: 24);
        plain[^5] = 7;

        var ex = Assert.Throws<WeComCryptoException>(() => CryptoA().Decrypt(EncryptRaw(KeyA, plain)));
        Assert.Equal(WeComCryptoFailure.BadPadding, ex.Failure);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1000)]
    public void Decrypt_LengthFieldOutOfRange_ThrowsMalformed(int lengthField)
    {
        var plain = BuildPlain("hi", CorpA, pad: 24);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), lengthField);

        var ex = Assert.Throws<WeComCryptoException>(() => CryptoA().Decrypt(EncryptRaw(KeyA, plain)));
        Assert.Equal(WeComCryptoFailure.Malformed, ex.Failure);
    }

    [Fact]
    public void Decrypt_PlaintextShorterThanHeader_ThrowsMalformed()
    {
        // 32 bytes, all padding except 4: far too short for random16 + length.
        var plain = new byte[32];
        plain.AsSpan(4).Fill(28);

        var ex = Assert.Throws<WeComCryptoException>(() => CryptoA().Decrypt(EncryptRaw(KeyA, plain)));
        Assert.Equal(WeComCryptoFailure.Malformed, ex.Failure);
    }

    [Fact]
    public void Decrypt_PaddingStandardPkcs7To16_StillAccepted()
    {
        // Some SDKs pad to 16; the pad bytes are still valid PKCS#7 (1..32), so accept them.
        var raw = Encoding.UTF8.GetBytes("hi");
        var corp = Encoding.UTF8.GetBytes(CorpA);
        var len = 16 + 4 + raw.Length + corp.Length; // 38 → pad 10 to 48
        var plain = new byte[48];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), raw.Length);
        raw.CopyTo(plain, 20);
        corp.CopyTo(plain, 20 + raw.Length);
        plain.AsSpan(len).Fill((byte)(48 - len));

        Assert.Equal("hi", CryptoA().Decrypt(EncryptRaw(KeyA, plain)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2")]     // 42
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2CC")]   // 44
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2!")]    // not base64
    public void Constructor_BadEncodingAesKey_ThrowsArgumentException(string key)
    {
        Assert.Throws<ArgumentException>(() => new WeComCrypto(TokenA, key, CorpA));
    }

    [Fact]
    public void Encrypt_PrefixNot16Bytes_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => CryptoA().Encrypt("x", "short"u8));
    }

    private static (WeComCrypto Crypto, InteropCase Case) Interop(string name)
    {
        var vectors = InteropVectors.Load();
        return (new WeComCrypto(vectors.Token, vectors.EncodingAesKey, vectors.CorpId), vectors.Cases.Single(c => c.Name == name));
    }

    /// <summary>random16 (zeros) + length + msg + receiveid + <paramref name="pad"/> pad bytes, to a multiple of 16.</summary>
    private static byte[] BuildPlain(string msg, string receiveId, int pad, byte? lastByte = null)
    {
        var m = Encoding.UTF8.GetBytes(msg);
        var r = Encoding.UTF8.GetBytes(receiveId);
        var len = 16 + 4 + m.Length + r.Length;
        var plain = new byte[len + pad];
        Assert.Equal(0, plain.Length % 16);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), m.Length);
        m.CopyTo(plain, 20);
        r.CopyTo(plain, 20 + m.Length);
        plain.AsSpan(len).Fill((byte)pad);
        if (lastByte is { } b)
            plain[^1] = b;
        return plain;
    }

    private static string EncryptRaw(string encodingAesKey, byte[] plain)
    {
        var key = Convert.FromBase64String(encodingAesKey + "=");
        using var aes = System.Security.Cryptography.Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key[..16], System.Security.Cryptography.PaddingMode.None));
    }
}
