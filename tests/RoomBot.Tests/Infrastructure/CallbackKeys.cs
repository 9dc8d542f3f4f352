namespace RoomBot.Tests.Infrastructure;

/// <summary>The app keys of shared/interop/wecom-crypto-vectors.json (made with WeCom's official JS library).</summary>
public static class CallbackKeys
{
    public const string Token = "RoomBotToken2026";
    public const string EncodingAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    public const string CorpId = "ww5f3e9c1a7d2b4e60";
    public const string AgentId = "1000002";

    public static RoomBotApplication WithInteropKeys(this RoomBotApplication app) => app
        .WithSetting("WeCom:Token", Token)
        .WithSetting("WeCom:EncodingAesKey", EncodingAesKey)
        .WithSetting("WeCom:CorpId", CorpId)
        .WithSetting("WeCom:AgentId", AgentId);
}
