namespace RoomBot.WeCom;

/// <summary>The <c>WeCom</c> configuration section: the self-built app's credentials and callback keys.</summary>
public sealed class WeComOptions
{
    public const string Section = "WeCom";

    public string CorpId { get; set; } = "";

    public int AgentId { get; set; }

    public string Secret { get; set; } = "";

    /// <summary>Callback token: at most 32 letters and digits.</summary>
    public string Token { get; set; } = "";

    /// <summary>43 characters of base64 without the trailing '='.</summary>
    public string EncodingAesKey { get; set; } = "";

    public string ApiBaseUrl { get; set; } = "https://qyapi.weixin.qq.com";
}
