using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomBot.WeCom.Tests.Crypto;

/// <summary>Vectors made with WeCom's official JavaScript crypto package (Vectors/wecom-crypto-vectors.json).</summary>
public sealed record InteropVectors(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("encodingAesKey")] string EncodingAesKey,
    [property: JsonPropertyName("corpid")] string CorpId,
    [property: JsonPropertyName("cases")] IReadOnlyList<InteropCase> Cases)
{
    public static InteropVectors Load() =>
        JsonSerializer.Deserialize<InteropVectors>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "wecom-crypto-vectors.json")))
        ?? throw new InvalidOperationException("The interop vectors file is empty.");

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Load().Cases)
            data.Add(c.Name);
        return data;
    }
}

public sealed record InteropCase(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("timestamp")] string Timestamp,
    [property: JsonPropertyName("nonce")] string Nonce,
    [property: JsonPropertyName("random16")] string Random16,
    [property: JsonPropertyName("plaintext")] string Plaintext,
    [property: JsonPropertyName("encrypt")] string Encrypt,
    [property: JsonPropertyName("msg_signature")] string MsgSignature);
