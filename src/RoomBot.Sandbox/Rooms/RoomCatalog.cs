using Microsoft.EntityFrameworkCore;
using RoomBot.Sandbox.Booking;
using RoomBot.Sandbox.Feed;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Rooms;

/// <summary><c>oa/meetingroom/list|add|edit|del</c> (doc 93619 and its siblings).</summary>
public sealed class RoomCatalog(SandboxDbContext db, BookingStore store, ISandboxFeed feed)
{
    /// <summary>Filters by location (a level needs its parent) and by equipment (a room must have every code asked for).</summary>
    public async Task<IReadOnlyList<MeetingRoom>> ListAsync(MeetingRoomQuery q, CancellationToken ct)
    {
        LocationFilter.Validate(q.City, q.Building, q.Floor);
        var rooms = await LocationFilter.Apply(db.Rooms.Where(r => !r.Deleted), q.City, q.Building, q.Floor)
            .OrderBy(r => r.MeetingRoomId).ToListAsync(ct);
        var wanted = q.Equipment ?? [];
        return rooms.Where(r => wanted.All(r.Equipment.Contains)).Select(r => r.ToContract()).ToList();
    }

    public async Task<int> AddAsync(MeetingRoom room, CancellationToken ct)
    {
        Validate(room);
        var next = (await db.Rooms.MaxAsync(r => (int?)r.MeetingRoomId, ct) ?? 0) + 1;
        db.Rooms.Add(new SandboxRoom
        {
            MeetingRoomId = next,
            Name = room.Name,
            Capacity = room.Capacity,
            City = room.City,
            Building = room.Building,
            Floor = room.Floor,
            Equipment = [.. room.Equipment],
            NeedApproval = room.RequiresApproval,
        });
        await db.SaveChangesAsync(ct);
        feed.Publish(new SandboxEvent(SandboxEventKind.BookingsChanged, MeetingRoomId: next));
        return next;
    }

    /// <summary>Replaces the fields given (the API layer fills the others from the stored room).</summary>
    public async Task EditAsync(int meetingRoomId, Func<MeetingRoom, MeetingRoom> edit, CancellationToken ct)
    {
        var row = await store.RoomAsync(meetingRoomId, ct);
        var room = edit(row.ToContract());
        Validate(room);
        row.Name = room.Name;
        row.Capacity = room.Capacity;
        row.City = room.City;
        row.Building = room.Building;
        row.Floor = room.Floor;
        row.Equipment = [.. room.Equipment];
        row.NeedApproval = room.RequiresApproval;
        await db.SaveChangesAsync(ct);
        feed.Publish(new SandboxEvent(SandboxEventKind.BookingsChanged, MeetingRoomId: meetingRoomId));
    }

    /// <summary>The row stays, marked deleted, so seeding at the next start does not bring the room back.</summary>
    public async Task DeleteAsync(int meetingRoomId, CancellationToken ct)
    {
        var row = await store.RoomAsync(meetingRoomId, ct);
        row.Deleted = true;
        await db.SaveChangesAsync(ct);
        feed.Publish(new SandboxEvent(SandboxEventKind.BookingsChanged, MeetingRoomId: meetingRoomId));
    }

    private static void Validate(MeetingRoom room)
    {
        if (string.IsNullOrWhiteSpace(room.Name))
        {
            throw new SandboxException(SandboxErrors.InvalidParameter, "invalid parameter: name is required");
        }

        if (room.Capacity < 0)
        {
            throw new SandboxException(SandboxErrors.InvalidParameter, "invalid parameter: capacity must not be negative");
        }

        if (room.Equipment.Any(e => e is < 1 or > 5))
        {
            throw new SandboxException(SandboxErrors.InvalidParameter, "invalid parameter: equipment codes are 1 to 5");
        }

        LocationFilter.Validate(room.City, room.Building, room.Floor);
    }
}
