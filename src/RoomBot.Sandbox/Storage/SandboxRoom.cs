using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Storage;

/// <summary>A meeting room (doc 93619). Deleted rooms stay as rows so start-up seeding does not bring them back.</summary>
public sealed class SandboxRoom
{
    public int MeetingRoomId { get; set; }
    public string Name { get; set; } = "";
    public int Capacity { get; set; }
    public string? City { get; set; }
    public string? Building { get; set; }
    public string? Floor { get; set; }
    /// <summary>1 TV, 2 phone, 3 projector, 4 whiteboard, 5 video.</summary>
    public List<int> Equipment { get; set; } = [];
    public bool NeedApproval { get; set; }
    public bool Deleted { get; set; }

    public MeetingRoom ToContract() => new()
    {
        MeetingRoomId = MeetingRoomId,
        Name = Name,
        Capacity = Capacity,
        City = City,
        Building = Building,
        Floor = Floor,
        Equipment = Equipment,
        NeedApproval = NeedApproval ? 1 : 0,
    };
}

internal sealed class SandboxRoomConfiguration : IEntityTypeConfiguration<SandboxRoom>
{
    public void Configure(EntityTypeBuilder<SandboxRoom> b)
    {
        b.ToTable("sandbox_rooms");
        b.HasKey(x => x.MeetingRoomId);
        b.Property(x => x.MeetingRoomId).ValueGeneratedNever();
    }
}
