using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Storage;

/// <summary>A callback delivery the bot has taken on, keyed so WeCom's retries are recognised (also after a restart).</summary>
public sealed class ProcessedCallback
{
    public string Key { get; set; } = "";
    public long ReceivedAt { get; set; }
    /// <summary>Null while the turn runs; the passive reply (plain XML, empty for none) once it is done.</summary>
    public string? ReplyXml { get; set; }
    public bool Completed { get; set; }
}

internal sealed class ProcessedCallbackConfiguration : IEntityTypeConfiguration<ProcessedCallback>
{
    public void Configure(EntityTypeBuilder<ProcessedCallback> b)
    {
        b.ToTable("processed_callbacks");
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasMaxLength(400);
        b.HasIndex(x => x.ReceivedAt);
    }
}
