using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Booking;

/// <summary>WeCom's booking arithmetic (doc 93620), kept in one place.</summary>
public static class Slots
{
    private const long HalfHour = 30 * 60;

    /// <summary>93620: start rounds down to a 30-minute boundary.</summary>
    public static long RoundDown(long unix) => unix - (((unix % HalfHour) + HalfHour) % HalfHour);

    /// <summary>93620: end rounds up to a 30-minute boundary.</summary>
    public static long RoundUp(long unix) => RoundDown(unix + HalfHour - 1);

    /// <summary>Active bookings (已预定/申请中/审批中) hold the room; cancelled ones do not.</summary>
    public static bool IsActive(BookingSlot slot) => slot.Status != BookingStatus.Cancelled;

    /// <summary>The first active booking overlapping [start, end); back-to-back is not a clash.</summary>
    public static BookingSlot? Clash(IEnumerable<BookingSlot> slots, long start, long end) =>
        slots.Where(IsActive).Where(s => s.StartTime < end && start < s.EndTime).OrderBy(s => s.StartTime).FirstOrDefault();
}
