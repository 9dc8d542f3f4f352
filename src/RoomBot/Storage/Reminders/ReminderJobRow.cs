using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Storage.Reminders;

/// <summary>
/// One pending message or release check. A runner owns it while <see cref="ClaimToken"/> is set and the lease runs;
/// done jobs are deleted, so the table only ever holds what is still to do.
/// </summary>
public sealed class ReminderJobRow
{
    public long Id { get; set; }
    public string BookingId { get; set; } = "";
    public int Kind { get; set; }
    /// <summary>When it was meant to go out (what lateness is measured against).</summary>
    public long DueAtMs { get; set; }
    /// <summary>When it may be claimed: the due time, later after a failure (backoff).</summary>
    public long NotBeforeMs { get; set; }
    public int Attempts { get; set; }
    public string? ClaimToken { get; set; }
    public string? ClaimedBy { get; set; }
    public long? LeaseUntilMs { get; set; }
    public string? LastError { get; set; }
}

internal sealed class ReminderJobRowConfiguration : IEntityTypeConfiguration<ReminderJobRow>
{
    public void Configure(EntityTypeBuilder<ReminderJobRow> b)
    {
        b.ToTable("reminder_jobs");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.BookingId).HasMaxLength(128);
        b.Property(x => x.ClaimToken).HasMaxLength(64);
        b.Property(x => x.ClaimedBy).HasMaxLength(200);
        b.Property(x => x.LastError).HasMaxLength(1000);
        b.HasIndex(x => x.NotBeforeMs);
        b.HasIndex(x => x.BookingId);
        b.HasIndex(x => x.ClaimToken);
    }
}
