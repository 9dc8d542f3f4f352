using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Storage.Reminders;

/// <summary>A group robot registered in chat ("add group design KEY"); the key is a credential and is never logged.</summary>
public sealed class WebhookGroupRow
{
    /// <summary>Lower-cased, trimmed.</summary>
    public string Name { get; set; } = "";
    public string Key { get; set; } = "";
    public string RegisteredBy { get; set; } = "";
    public long RegisteredAtMs { get; set; }
}

internal sealed class WebhookGroupRowConfiguration : IEntityTypeConfiguration<WebhookGroupRow>
{
    public void Configure(EntityTypeBuilder<WebhookGroupRow> b)
    {
        b.ToTable("reminder_webhook_groups");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Key).HasMaxLength(200);
    }
}
