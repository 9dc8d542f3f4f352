using System.ComponentModel.DataAnnotations;

namespace RoomBot.WeCom;

/// <summary>The <c>WeCom</c> configuration section: the self-built app's credentials and callback keys.</summary>
public sealed class WeComOptions
{
    public const string Section = "WeCom";

    [Required] public string CorpId { get; set; } = "";
    [Range(1, int.MaxValue)] public int AgentId { get; set; }
    [Required] public string Secret { get; set; } = "";
    /// <summary>Callback token: at most 32 letters and digits.</summary>
    [Required, RegularExpression("^[A-Za-z0-9]{1,32}$", ErrorMessage = "WeCom:Token must be 1 to 32 letters or digits.")]
    public string Token { get; set; } = "";
    /// <summary>43 characters of base64 without the trailing '='.</summary>
    [Required, RegularExpression("^[A-Za-z0-9+/]{43}$", ErrorMessage = "WeCom:EncodingAesKey must be exactly 43 base64 characters.")]
    public string EncodingAesKey { get; set; } = "";
    [Required, Url] public string ApiBaseUrl { get; set; } = "https://qyapi.weixin.qq.com";
}
