using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using RoomBot.WeCom;

namespace RoomBot.Configuration;

/// <summary>Checks the <c>WeCom</c> section against what WeCom's admin console allows (doc 90930, 91116).</summary>
internal sealed partial class WeComOptionsValidator : IValidateOptions<WeComOptions>
{
    public ValidateOptionsResult Validate(string? name, WeComOptions o)
    {
        var failures = new List<string>();
        Require(failures, o.CorpId, "WeCom:CorpId");
        Require(failures, o.Secret, "WeCom:Secret");
        if (o.AgentId <= 0)
        {
            failures.Add("WeCom:AgentId must be the app's positive AgentId.");
        }

        if (!TokenPattern().IsMatch(o.Token ?? ""))
        {
            failures.Add("WeCom:Token must be 1 to 32 letters or digits.");
        }

        if (!AesKeyPattern().IsMatch(o.EncodingAesKey ?? ""))
        {
            failures.Add("WeCom:EncodingAesKey must be exactly 43 characters of base64 (letters, digits, '+', '/').");
        }

        if (!Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            failures.Add("WeCom:ApiBaseUrl must be an absolute http(s) URL such as https://qyapi.weixin.qq.com.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is required.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9]{1,32}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9+/]{43}$")]
    private static partial Regex AesKeyPattern();
}
