using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Storage.Conversation;

/// <summary>The request a user still has to complete after the bot asked a question; one per user.</summary>
public sealed class PendingQuestion
{
    public string UserId { get; set; } = "";
    public string RequestJson { get; set; } = "";
    public long ExpiresAt { get; set; }
}

internal sealed class PendingQuestionConfiguration : IEntityTypeConfiguration<PendingQuestion>
{
    public void Configure(EntityTypeBuilder<PendingQuestion> b)
    {
        b.ToTable("pending_questions");
        b.HasKey(x => x.UserId);
        b.Property(x => x.UserId).HasMaxLength(64);
    }
}
