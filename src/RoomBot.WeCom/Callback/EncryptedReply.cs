namespace RoomBot.WeCom.Callback;

/// <summary>The four fields of an encrypted passive reply (the body of the bot's answer to a callback POST).</summary>
public sealed record EncryptedReply(string Encrypt, string MsgSignature, string TimeStamp, string Nonce);
