namespace RoomBot.Callback;

/// <summary>The query WeCom signs every callback with (doc 90238).</summary>
internal sealed record CallbackRequest(string Signature, string Timestamp, string Nonce)
{
    public static CallbackRequest? FromQuery(IQueryCollection query)
    {
        var signature = query["msg_signature"].ToString();
        var timestamp = query["timestamp"].ToString();
        var nonce = query["nonce"].ToString();
        return signature.Length == 0 || timestamp.Length == 0 || nonce.Length == 0
            ? null
            : new CallbackRequest(signature, timestamp, nonce);
    }
}
