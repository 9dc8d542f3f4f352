using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Storage.Reminders;

/// <summary>An app group chat the bot created (appchat/create), found again by its people.</summary>
public sealed class AppChatRow
{
    /// <summary>SHA-256 (hex) of the sorted userids: a fixed-size key even for 2000 members.</summary>
    public string MembersHash { get; set; } = "";
    public string Members { get; set; } = "";
    public string ChatId { get; set; } = "";
    public long CreatedAtMs { get; set; }
}

internal sealed class AppChatRowConfiguration : IEntityTypeConfiguration<AppChatRow>
{
    public void Configure(EntityTypeBuilder<AppChatRow> b)
    {
        b.ToTable("reminder_app_chats");
        b.HasKey(x => x.MembersHash);
        b.Property(x => x.MembersHash).HasMaxLength(64);
        b.Property(x => x.ChatId).HasMaxLength(64);
    }
}
