using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Sandbox.Storage;

/// <summary>One message of a 1:1 conversation between a user and the bot, as the chat page shows it.</summary>
public sealed class SandboxChatMessage
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public bool FromBot { get; set; }
    /// <summary>"text", "markdown" or "template_card".</summary>
    public string MsgType { get; set; } = "";
    /// <summary>The body as WeCom JSON: <c>{"content":..}</c> or the template_card object.</summary>
    public string ContentJson { get; set; } = "";
    public string? TaskId { get; set; }
    /// <summary>Single-use code for message/update_template_card (doc 94945); null once used.</summary>
    public string? ResponseCode { get; set; }
    /// <summary>The label shown instead of the buttons after an update_button / replace_name.</summary>
    public string? ReplacedName { get; set; }
    /// <summary>The card that replaced this one (update_template_card).</summary>
    public string? ReplacedCardJson { get; set; }
    public string? ClickedKey { get; set; }
    public long CreatedAt { get; set; }
}

internal sealed class SandboxChatMessageConfiguration : IEntityTypeConfiguration<SandboxChatMessage>
{
    public void Configure(EntityTypeBuilder<SandboxChatMessage> b)
    {
        b.ToTable("sandbox_chat_messages");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.UserId);
        b.HasIndex(x => x.ResponseCode);
        b.HasIndex(x => x.TaskId);
    }
}
