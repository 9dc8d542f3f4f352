using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoomBot.Sandbox.Booking;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Auth;

/// <summary>
/// <c>gettoken</c> (doc 91039) for exactly the configured corp id and secret. Like WeCom, a still-valid token is
/// handed out again; tokens are stored so they survive a restart and expire after <see cref="SandboxOptions.TokenLifetime"/>.
/// </summary>
public sealed class AccessTokenService(SandboxDbContext db, TimeProvider time, IOptions<WeComOptions> wecom, IOptions<SandboxOptions> options)
{
    public async Task<AccessTokenResponse> IssueAsync(string? corpId, string? secret, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(corpId))
        {
            throw new SandboxException(SandboxErrors.MissingCorpId, "corpid missing");
        }

        if (string.IsNullOrEmpty(secret))
        {
            throw new SandboxException(SandboxErrors.MissingSecret, "corpsecret missing");
        }

        if (!string.Equals(corpId, wecom.Value.CorpId, StringComparison.Ordinal))
        {
            throw new SandboxException(SandboxErrors.InvalidCorpId, "invalid corpid");
        }

        if (!string.Equals(secret, wecom.Value.Secret, StringComparison.Ordinal))
        {
            throw new SandboxException(SandboxErrors.InvalidSecret, "invalid credential: corpsecret is wrong");
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var current = await db.AccessTokens.Where(t => t.ExpiresAt > now).OrderByDescending(t => t.ExpiresAt).FirstOrDefaultAsync(ct);
        if (current is null)
        {
            current = new SandboxAccessToken
            {
                Token = SandboxIds.NewSecretCode(64),
                IssuedAt = now,
                ExpiresAt = now + (long)options.Value.TokenLifetime.TotalSeconds,
            };
            db.AccessTokens.Add(current);
            await db.SaveChangesAsync(ct);
        }

        return new AccessTokenResponse { ErrMsg = "ok", AccessToken = current.Token, ExpiresIn = (int)(current.ExpiresAt - now) };
    }

    /// <summary>Refuses a missing (41001), unknown (40014) or expired (42001) token.</summary>
    public async Task ValidateAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token))
        {
            throw new SandboxException(SandboxErrors.MissingAccessToken, "access_token missing");
        }

        var row = await db.AccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Token == token, ct)
            ?? throw new SandboxException(SandboxErrors.InvalidAccessToken, "invalid access_token");
        if (row.ExpiresAt <= time.GetUtcNow().ToUnixTimeSeconds())
        {
            throw new SandboxException(SandboxErrors.AccessTokenExpired, "access_token expired");
        }
    }
}
