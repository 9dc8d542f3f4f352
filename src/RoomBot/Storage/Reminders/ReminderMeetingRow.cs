using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Storage.Reminders;

/// <summary>A booking the bot reminds about; instants are Unix milliseconds (UTC) so SQLite compares them as numbers.</summary>
public sealed class ReminderMeetingRow
{
    public string BookingId { get; set; } = "";
    public int MeetingRoomId { get; set; }
    public string RoomName { get; set; } = "";
    public string RoomLocation { get; set; } = "";
    public long StartMs { get; set; }
    public long EndMs { get; set; }
    public string Booker { get; set; } = "";
    /// <summary>JSON array of userids.</summary>
    public string Attendees { get; set; } = "[]";
    public string? Subject { get; set; }
    public string? ReminderGroup { get; set; }
    public int Language { get; set; }
    public string? CheckedInBy { get; set; }
    public long? CheckedInAtMs { get; set; }
    public long? ReleasedAtMs { get; set; }
    public string? ReleasedBy { get; set; }
    public long? CancelledAtMs { get; set; }
}

internal sealed class ReminderMeetingRowConfiguration : IEntityTypeConfiguration<ReminderMeetingRow>
{
    public void Configure(EntityTypeBuilder<ReminderMeetingRow> b)
    {
        b.ToTable("reminder_meetings");
        b.HasKey(x => x.BookingId);
        b.Property(x => x.BookingId).HasMaxLength(128);
        b.HasIndex(x => x.EndMs);
    }
}
