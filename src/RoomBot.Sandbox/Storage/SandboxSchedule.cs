using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RoomBot.Sandbox.Storage;

/// <summary>
/// A calendar schedule (doc 93648). A meeting made by <c>meeting/create</c> (doc 99104) is a schedule with a
/// <see cref="MeetingId"/>; <c>book</c> also creates one and links it to the booking (93620).
/// </summary>
public sealed class SandboxSchedule
{
    public string ScheduleId { get; set; } = "";
    public string? MeetingId { get; set; }
    /// <summary>The app that made it; null when made in the WeCom client.</summary>
    public int? AgentId { get; set; }
    public string? Organizer { get; set; }
    public long StartTime { get; set; }
    public long EndTime { get; set; }
    public string? Summary { get; set; }
    public List<string> Attendees { get; set; } = [];
    public bool IsRepeat { get; set; }
    /// <summary>0 daily, 1 weekly, 2 monthly, 5 yearly, 7 workdays.</summary>
    public int RepeatType { get; set; }
    /// <summary>0 when the series has no end.</summary>
    public long RepeatUntil { get; set; }
    public bool IsCustomRepeat { get; set; }
    public int RepeatInterval { get; set; } = 1;
    /// <summary>1 Monday .. 7 Sunday.</summary>
    public List<int> RepeatDayOfWeek { get; set; } = [];
    public bool Deleted { get; set; }
    public long CreatedAt { get; set; }
}

internal sealed class SandboxScheduleConfiguration : IEntityTypeConfiguration<SandboxSchedule>
{
    public void Configure(EntityTypeBuilder<SandboxSchedule> b)
    {
        b.ToTable("sandbox_schedules");
        b.HasKey(x => x.ScheduleId);
        b.HasIndex(x => x.MeetingId).IsUnique();
    }
}
