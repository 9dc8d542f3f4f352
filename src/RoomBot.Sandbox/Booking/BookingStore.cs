using Microsoft.EntityFrameworkCore;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Booking;

/// <summary>The look-ups every booking operation shares; each refuses with a sandbox errcode instead of returning null.</summary>
public sealed class BookingStore(SandboxDbContext db)
{
    public SandboxDbContext Db => db;

    public async Task<SandboxRoom> RoomAsync(int meetingRoomId, CancellationToken ct) =>
        await db.Rooms.FirstOrDefaultAsync(r => r.MeetingRoomId == meetingRoomId && !r.Deleted, ct)
        ?? throw new SandboxException(SandboxErrors.RoomNotFound, $"会议室不存在 (meetingroom_id {meetingRoomId} not found)");

    public async Task<SandboxMember> MemberAsync(string userId, CancellationToken ct) =>
        await db.Members.FirstOrDefaultAsync(m => m.UserId == userId, ct)
        ?? throw new SandboxException(SandboxErrors.UserNotFound, $"userid not found: {userId}");

    /// <summary>7: "此API仅可预定无需审批的会议室".</summary>
    public static void EnsureNoApproval(SandboxRoom room)
    {
        if (room.NeedApproval)
        {
            throw new SandboxException(SandboxErrors.NeedsApproval, "该会议室需要审批，不支持通过接口预定 (the room needs approval)");
        }
    }

    /// <summary>Whether an active booking (0/2/3) of the room overlaps; back-to-back windows do not.</summary>
    public Task<bool> OverlapsAsync(int meetingRoomId, long start, long end, CancellationToken ct) =>
        db.Bookings.AnyAsync(b => b.MeetingRoomId == meetingRoomId && b.Status != BookingStatus.Cancelled
            && b.StartTime < end && b.EndTime > start, ct);

    public static SandboxException RoomTaken() =>
        new(SandboxErrors.RoomTaken, "会议室该时段已被预定 (the room is already booked at that time)");

    /// <summary>The occurrences of a series id, or the single booking, in start order; refuses an unknown id.</summary>
    public async Task<IReadOnlyList<SandboxBooking>> BookingOrSeriesAsync(string bookingId, CancellationToken ct)
    {
        var rows = await db.Bookings.Where(b => b.BookingId == bookingId || b.MasterBookingId == bookingId)
            .OrderBy(b => b.StartTime).ToListAsync(ct);
        return rows.Count > 0
            ? rows
            : throw new SandboxException(SandboxErrors.BookingNotFound, $"会议室预定不存在 (booking_id {bookingId} not found)");
    }
}
