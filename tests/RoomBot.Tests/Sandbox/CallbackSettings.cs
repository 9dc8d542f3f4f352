using System.Globalization;
using RoomBot.Tests.Infrastructure;
using RoomBot.WeCom.Crypto;

namespace RoomBot.Tests.Sandbox;

/// <summary>
/// Settings for a <see cref="RoomBotApplication"/> whose callbacks go to a <see cref="FakeBot"/>, with the keys both
/// sides share; a short timeout keeps the retry tests fast.
/// </summary>
internal static class CallbackSettings
{
    public const string CorpId = "wwcallbacktest01";
    public const string Token = "CallbackTestToken";
    public const string EncodingAesKey = "Q2FsbGJhY2sgdGVzdCBrZXk6IHRoZSBzYW5kYm94ISE";

    public static WeComCrypto Crypto() => new(Token, EncodingAesKey, CorpId);

    public static Dictionary<string, string?> For(Uri? callbackUrl, TimeSpan? callbackTimeout = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sandbox:CallbackTimeout"] = (callbackTimeout ?? TimeSpan.FromSeconds(5)).ToString("c", CultureInfo.InvariantCulture),
            ["WeCom:CorpId"] = CorpId,
            ["WeCom:Token"] = Token,
            ["WeCom:EncodingAesKey"] = EncodingAesKey,
        };
        if (callbackUrl is not null)
        {
            settings["Sandbox:CallbackUrl"] = callbackUrl.ToString();
        }

        return settings;
    }
}
