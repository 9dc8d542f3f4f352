using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Sandbox.Storage;

/// <summary>A group chat the bot can post to: one made by <c>appchat/create</c>, or one with a robot webhook.</summary>
public sealed class SandboxGroup
{
    /// <summary>The chatid for app chats; <c>robot-{key}</c> for webhook robots.</summary>
    public string GroupId { get; set; } = "";
    public SandboxGroupKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Owner { get; set; }
    public List<string> Members { get; set; } = [];
    /// <summary>The robot's webhook key (the credential of webhook/send).</summary>
    public string? WebhookKey { get; set; }
    public long CreatedAt { get; set; }

    public static string RobotGroupId(string key) => "robot-" + key;
}

public enum SandboxGroupKind
{
    AppChat = 0,
    Robot = 1,
}

internal sealed class SandboxGroupConfiguration : IEntityTypeConfiguration<SandboxGroup>
{
    public void Configure(EntityTypeBuilder<SandboxGroup> b)
    {
        b.ToTable("sandbox_groups");
        b.HasKey(x => x.GroupId);
        b.Property(x => x.Kind).HasConversion<int>();
        b.HasIndex(x => x.WebhookKey).IsUnique();
    }
}
