using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Sandbox.Storage;

/// <summary>What the bot posted to a group (appchat/send or webhook/send).</summary>
public sealed class SandboxGroupMessage
{
    public long Id { get; set; }
    public string GroupId { get; set; } = "";
    /// <summary>"text" or "markdown" (or any other type the sender used).</summary>
    public string MsgType { get; set; } = "";
    /// <summary>The body as WeCom JSON, e.g. <c>{"content":..,"mentioned_list":[..]}</c>.</summary>
    public string ContentJson { get; set; } = "";
    public long CreatedAt { get; set; }
}

internal sealed class SandboxGroupMessageConfiguration : IEntityTypeConfiguration<SandboxGroupMessage>
{
    public void Configure(EntityTypeBuilder<SandboxGroupMessage> b)
    {
        b.ToTable("sandbox_group_messages");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.GroupId);
    }
}
