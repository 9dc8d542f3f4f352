using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Sandbox.Storage;

/// <summary>A member of the sandbox corp (what <c>user/list</c> returns).</summary>
public sealed class SandboxMember
{
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? City { get; set; }
    public string? Building { get; set; }
}

internal sealed class SandboxMemberConfiguration : IEntityTypeConfiguration<SandboxMember>
{
    public void Configure(EntityTypeBuilder<SandboxMember> b)
    {
        b.ToTable("sandbox_members");
        b.HasKey(x => x.UserId);
    }
}
