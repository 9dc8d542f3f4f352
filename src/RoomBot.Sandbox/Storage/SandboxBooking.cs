using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Storage;

/// <summary>
/// One booked occurrence. A repeating booking is one row per occurrence sharing <see cref="MasterBookingId"/>, the id
/// book_by_schedule / book_by_meeting returned (93620: each occurrence has its own booking_id).
/// </summary>
public sealed class SandboxBooking
{
    public string BookingId { get; set; } = "";
    public string? MasterBookingId { get; set; }
    public int MeetingRoomId { get; set; }
    public string? ScheduleId { get; set; }
    public string? MeetingId { get; set; }
    public long StartTime { get; set; }
    public long EndTime { get; set; }
    public string Booker { get; set; } = "";
    public string? Subject { get; set; }
    public List<string> Attendees { get; set; } = [];
    public BookingStatus Status { get; set; }
    /// <summary>The app that booked; null when booked in the WeCom client (another app, for 90499).</summary>
    public int? AgentId { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }

    /// <summary>0 已预定, 2 申请中 and 3 审批中 hold the room; 1 已取消 frees it.</summary>
    public bool IsActive => Status != BookingStatus.Cancelled;
}

internal sealed class SandboxBookingConfiguration : IEntityTypeConfiguration<SandboxBooking>
{
    public void Configure(EntityTypeBuilder<SandboxBooking> b)
    {
        b.ToTable("sandbox_bookings");
        b.HasKey(x => x.BookingId);
        b.Property(x => x.Status).HasConversion<int>();
        b.Ignore(x => x.IsActive);
        b.HasIndex(x => new { x.MeetingRoomId, x.StartTime });
        b.HasIndex(x => x.MasterBookingId);
        b.HasIndex(x => x.ScheduleId);
    }
}
