using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoomBot.WeCom.Contracts;

namespace RoomBot.WeCom.Api;

/// <summary>
/// Adds <c>?access_token=</c> to every WeCom call except <c>gettoken</c> and the robot <c>webhook/send</c> (whose key is
/// its own credential), fetching tokens through the rest of the pipeline. The token used is recorded in
/// <see cref="UsedTokenKey"/> so the client can drop exactly that one when WeCom refuses it.
/// </summary>
public sealed partial class AccessTokenHandler(
    AccessTokenCache cache,
    IWeComBaseAddress baseAddress,
    IOptions<WeComOptions> options,
    TimeProvider time,
    ILogger<AccessTokenHandler> logger) : DelegatingHandler
{
    /// <summary>The fetch is shared by every waiting caller and runs without their tokens, so it carries its own limit.</summary>
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    public static readonly HttpRequestOptionsKey<string> UsedTokenKey = new("RoomBot.WeCom.AccessToken");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { } uri || !NeedsToken(uri))
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        var app = options.Value;
        var token = await cache.GetAsync(app.CorpId, app.Secret, ct => FetchAsync(app, ct), cancellationToken).ConfigureAwait(false);
        request.RequestUri = WeComUri.AppendQuery(uri, "access_token", token);
        request.Options.Set(UsedTokenKey, token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    internal static bool NeedsToken(Uri uri)
    {
        var path = WeComUri.ApiPath(uri);
        return path is not ("gettoken" or "webhook/send") && !uri.Query.Contains("access_token=", StringComparison.Ordinal);
    }

    private async Task<AccessToken> FetchAsync(WeComOptions app, CancellationToken ct)
    {
        const string path = "gettoken";
        var uri = WeComUri.Build(baseAddress.BaseAddress, path, [new("corpid", app.CorpId), new("corpsecret", app.Secret)]);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        using var timeout = new CancellationTokenSource(FetchTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        AccessTokenResponse? answer;
        try
        {
            using var response = await base.SendAsync(request, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogTokenUnreachable(logger, "HTTP " + (int)response.StatusCode);
                throw new WeComApiException(WeComErrors.Busy, "HTTP " + (int)response.StatusCode + " from gettoken", path);
            }
            answer = await response.Content.ReadFromJsonAsync<AccessTokenResponse>(WeComJson.Options, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException
                                   || (ex is OperationCanceledException && timeout.IsCancellationRequested))
        {
            LogTokenUnreachable(logger, ex.GetType().Name);
            throw new WeComApiException(WeComErrors.Busy, "gettoken failed: " + ex.GetType().Name, path);
        }

        if (answer is null || answer.ErrCode != 0 || string.IsNullOrEmpty(answer.AccessToken))
        {
            var errCode = answer is { ErrCode: not 0 } ? answer.ErrCode : WeComErrors.Busy;
            var errMsg = answer?.ErrMsg ?? "empty answer";
            // 40001 here means a wrong secret: repeated attempts ban the IP for an hour, so this is never retried.
            LogTokenRefused(logger, app.CorpId, errCode, errMsg);
            throw new WeComApiException(errCode, errMsg, path);
        }

        LogTokenFetched(logger, app.CorpId, answer.ExpiresIn);
        return new AccessToken(answer.AccessToken, TimeSpan.FromSeconds(answer.ExpiresIn));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched a WeCom access token for {CorpId}, valid {ExpiresIn} s")]
    private static partial void LogTokenFetched(ILogger logger, string corpId, int expiresIn);

    [LoggerMessage(Level = LogLevel.Error, Message = "WeCom refused gettoken for {CorpId}: errcode {ErrCode}, {ErrMsg}; check WeCom:CorpId, WeCom:Secret and the app's trusted IPs")]
    private static partial void LogTokenRefused(ILogger logger, string corpId, int errCode, string errMsg);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom gettoken did not answer usably ({Failure})")]
    private static partial void LogTokenUnreachable(ILogger logger, string failure);
}
