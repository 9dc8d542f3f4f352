using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Storage.Conversation;

/// <summary>A row per card the bot sent (see <c>CardRecord</c>); times in Unix seconds.</summary>
public sealed class SentCard
{
    public string TaskId { get; set; } = "";
    public int Kind { get; set; }
    public string UserId { get; set; } = "";
    public int Language { get; set; }
    public long CreatedAt { get; set; }
    public int State { get; set; }
    public string? BookingId { get; set; }
    public int? MeetingRoomId { get; set; }
    public string? Booker { get; set; }
    public long? StartTime { get; set; }
    public long? EndTime { get; set; }
    public string? RequestJson { get; set; }
    public string? ChoiceKeys { get; set; }
    public string? ResponseCode { get; set; }
}

internal sealed class SentCardConfiguration : IEntityTypeConfiguration<SentCard>
{
    public void Configure(EntityTypeBuilder<SentCard> b)
    {
        b.ToTable("sent_cards");
        b.HasKey(x => x.TaskId);
        b.Property(x => x.TaskId).HasMaxLength(128);
        b.Property(x => x.UserId).HasMaxLength(64);
        b.Property(x => x.BookingId).HasMaxLength(128);
        b.Property(x => x.Booker).HasMaxLength(64);
        b.Property(x => x.ResponseCode).HasMaxLength(512);
        b.HasIndex(x => x.BookingId);
        b.HasIndex(x => new { x.Booker, x.CreatedAt });
        b.HasIndex(x => new { x.UserId, x.CreatedAt });
    }
}
