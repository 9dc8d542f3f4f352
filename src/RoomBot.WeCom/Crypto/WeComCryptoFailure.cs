namespace RoomBot.WeCom.Crypto;

/// <summary>Why a WeCom ciphertext was refused.</summary>
public enum WeComCryptoFailure
{
    /// <summary>Not base64, not a whole number of AES blocks, or a length field that does not fit.</summary>
    Malformed,
    /// <summary>The 32-byte PKCS#7 padding is wrong (usually a wrong key or a tampered ciphertext).</summary>
    BadPadding,
    /// <summary>Decrypted fine but was meant for another corp/app.</summary>
    WrongReceiveId,
}
