using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Sandbox.Storage;

/// <summary>An issued access_token; expired rows stay so a late caller gets 42001 (expired) rather than 40014.</summary>
public sealed class SandboxAccessToken
{
    public string Token { get; set; } = "";
    public long IssuedAt { get; set; }
    public long ExpiresAt { get; set; }
}

internal sealed class SandboxAccessTokenConfiguration : IEntityTypeConfiguration<SandboxAccessToken>
{
    public void Configure(EntityTypeBuilder<SandboxAccessToken> b)
    {
        b.ToTable("sandbox_access_tokens");
        b.HasKey(x => x.Token);
        b.HasIndex(x => x.ExpiresAt);
    }
}
