using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Storage;

/// <summary>
/// A callback delivery the bot has taken on, keyed so WeCom's retries are recognised (also after a restart):
/// MsgId for messages, FromUserName+CreateTime+Event+EventKey+TaskId for events.
/// </summary>
public sealed class ProcessedCallback
{
    public string Key { get; set; } = "";

    /// <summary>When the turn started (Unix milliseconds); moved forward when a stale turn is reclaimed.</summary>
    public long StartedAt { get; set; }

    public bool Completed { get; set; }

    /// <summary>The passive reply given (plain XML), so a repeated delivery gets the same answer; null for an empty 200.</summary>
    public string? ReplyXml { get; set; }
}

internal sealed class ProcessedCallbackConfiguration : IEntityTypeConfiguration<ProcessedCallback>
{
    public void Configure(EntityTypeBuilder<ProcessedCallback> b)
    {
        b.ToTable("processed_callbacks");
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasColumnName("callback_key").HasMaxLength(400);
        b.Property(x => x.StartedAt).HasColumnName("started_at");
        b.Property(x => x.Completed).HasColumnName("completed");
        b.Property(x => x.ReplyXml).HasColumnName("reply_xml");
        b.HasIndex(x => x.StartedAt);
    }
}
