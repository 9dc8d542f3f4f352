namespace RoomBot.WeCom.Crypto;

/// <summary>A ciphertext that must not be trusted; the message never contains key material or plaintext.</summary>
public sealed class WeComCryptoException(WeComCryptoFailure failure, string message) : Exception(message)
{
    public WeComCryptoFailure Failure { get; } = failure;
}
