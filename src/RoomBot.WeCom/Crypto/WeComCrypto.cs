using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RoomBot.WeCom.Crypto;

/// <summary>
/// WeCom's callback encryption (doc 91144): SHA1 signatures and AES-256-CBC with 32-byte PKCS#7 padding over
/// <c>random16 + big-endian length + msg + receiveid</c>.
/// </summary>
public sealed class WeComCrypto
{
    private const int RandomLength = 16;
    private const int LengthFieldSize = 4;
    // 91144: WeCom pads to a multiple of 32 bytes, not to the AES block size, so PaddingMode.PKCS7 (max 16) cannot be used.
    private const int PadBlock = 32;

    private readonly string _token;
    private readonly byte[] _key;
    private readonly byte[] _iv;
    private readonly byte[] _receiveId;

    public WeComCrypto(string token, string encodingAesKey, string receiveId)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(receiveId);
        if (encodingAesKey is null || encodingAesKey.Length != 43)
            throw new ArgumentException("The EncodingAESKey must be exactly 43 characters.", nameof(encodingAesKey));
        try
        {
            _key = Convert.FromBase64String(encodingAesKey + "=");
        }
        catch (FormatException)
        {
            throw new ArgumentException("The EncodingAESKey is not base64.", nameof(encodingAesKey));
        }
        if (_key.Length != 32)
            throw new ArgumentException("The EncodingAESKey does not decode to 32 bytes.", nameof(encodingAesKey));
        _iv = _key[..16];
        _token = token;
        _receiveId = Encoding.UTF8.GetBytes(receiveId);
    }

    /// <summary>Lowercase hex SHA1 of token, timestamp, nonce and encrypt sorted ordinally and concatenated.</summary>
    public string Sign(string timestamp, string nonce, string encrypt)
    {
        string[] parts = [_token, timestamp ?? "", nonce ?? "", encrypt ?? ""];
        Array.Sort(parts, StringComparer.Ordinal);
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts)));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Constant-time check of a <c>msg_signature</c>; false for a missing one.</summary>
    public bool VerifySignature(string? signature, string timestamp, string nonce, string encrypt)
    {
        if (string.IsNullOrEmpty(signature))
            return false;
        var expected = Encoding.ASCII.GetBytes(Sign(timestamp, nonce, encrypt));
        var actual = Encoding.UTF8.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    /// <summary>Decrypts an <c>Encrypt</c> / <c>echostr</c> value and checks its receiveid.</summary>
    /// <exception cref="WeComCryptoException">Anything that is not a well-formed message for this receiveid.</exception>
    public string Decrypt(string encrypt)
    {
        var cipher = FromBase64(encrypt);
        if (cipher.Length == 0 || cipher.Length % 16 != 0)
            throw new WeComCryptoException(WeComCryptoFailure.Malformed, "The ciphertext is not a whole number of AES blocks.");

        using var aes = CreateAes();
        var plain = aes.DecryptCbc(cipher, _iv, PaddingMode.None);

        var pad = plain[^1];
        if (pad is < 1 or > PadBlock || pad > plain.Length)
            throw new WeComCryptoException(WeComCryptoFailure.BadPadding, "The padding is invalid.");
        for (var i = plain.Length - pad; i < plain.Length; i++)
        {
            if (plain[i] != pad)
                throw new WeComCryptoException(WeComCryptoFailure.BadPadding, "The padding is invalid.");
        }

        var content = plain.AsSpan(0, plain.Length - pad);
        if (content.Length < RandomLength + LengthFieldSize)
            throw new WeComCryptoException(WeComCryptoFailure.Malformed, "The plaintext is truncated.");
        var msgLength = BinaryPrimitives.ReadInt32BigEndian(content.Slice(RandomLength, LengthFieldSize));
        var rest = content[(RandomLength + LengthFieldSize)..];
        if (msgLength < 0 || msgLength > rest.Length)
            throw new WeComCryptoException(WeComCryptoFailure.Malformed, "The message length field is out of range.");

        var receiveId = rest[msgLength..];
        if (!receiveId.SequenceEqual(_receiveId))
            throw new WeComCryptoException(WeComCryptoFailure.WrongReceiveId, "The message is addressed to another receiveid.");

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(rest[..msgLength]);
        }
        catch (DecoderFallbackException)
        {
            throw new WeComCryptoException(WeComCryptoFailure.Malformed, "The message is not valid UTF-8.");
        }
    }

    /// <summary>Encrypts <paramref name="message"/> for this receiveid.</summary>
    /// <param name="random16">The 16-byte prefix; empty means fresh random bytes (fixed values are for known-answer tests).</param>
    public string Encrypt(string message, ReadOnlySpan<byte> random16 = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!random16.IsEmpty && random16.Length != RandomLength)
            throw new ArgumentException("The random prefix must be 16 bytes.", nameof(random16));

        var msg = Encoding.UTF8.GetBytes(message);
        var contentLength = RandomLength + LengthFieldSize + msg.Length + _receiveId.Length;
        var pad = PadBlock - (contentLength % PadBlock);
        var plain = new byte[contentLength + pad];
        var span = plain.AsSpan();
        if (random16.IsEmpty)
            RandomNumberGenerator.Fill(span[..RandomLength]);
        else
            random16.CopyTo(span);
        BinaryPrimitives.WriteInt32BigEndian(span.Slice(RandomLength, LengthFieldSize), msg.Length);
        msg.CopyTo(span[(RandomLength + LengthFieldSize)..]);
        _receiveId.CopyTo(span[(RandomLength + LengthFieldSize + msg.Length)..]);
        span[contentLength..].Fill((byte)pad);

        using var aes = CreateAes();
        return Convert.ToBase64String(aes.EncryptCbc(plain, _iv, PaddingMode.None));
    }

    private Aes CreateAes()
    {
        var aes = Aes.Create();
        aes.Key = _key;
        return aes;
    }

    private static byte[] FromBase64(string encrypt)
    {
        if (string.IsNullOrEmpty(encrypt))
            throw new WeComCryptoException(WeComCryptoFailure.Malformed, "The ciphertext is empty.");
        try
        {
            return Convert.FromBase64String(encrypt);
        }
        catch (FormatException)
        {
            throw new WeComCryptoException(WeComCryptoFailure.Malformed, "The ciphertext is not base64.");
        }
    }
}
