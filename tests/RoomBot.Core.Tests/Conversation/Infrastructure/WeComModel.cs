using Moq;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Tests.Conversation.Infrastructure;

/// <summary>
/// A <see cref="Mock{IWeComApi}"/> whose booking calls act on a small in-memory state (93620's rules that the
/// conversation relies on: rounding, overlap refusal, approval rooms refused, cancel), so tests can both watch the
/// calls (Verify) and see their effect. Tests override single calls with their own Setup where needed.
/// </summary>
public sealed class WeComModel
{
    public const int TakenCode = 90001;
    private int _next;

    public WeComModel(IReadOnlyList<MeetingRoom> rooms, IReadOnlyList<DirectoryUser> users)
    {
        Rooms = rooms;
        Mock.Setup(a => a.ListMeetingRoomsAsync(It.IsAny<MeetingRoomQuery?>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => Rooms);
        Mock.Setup(a => a.ListUsersAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(users);
        Mock.Setup(a => a.GetBookingInfoAsync(It.IsAny<BookingInfoQuery>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((BookingInfoQuery q, CancellationToken _) => Query(q));
        Mock.Setup(a => a.BookAsync(It.IsAny<BookRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((BookRequest r, CancellationToken _) => new BookResponse { BookingId = Book(r.MeetingRoomId, r.StartTime, r.EndTime, r.Booker) });
        Mock.Setup(a => a.GetBookInfoAsync(It.IsAny<BookInfoRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((BookInfoRequest r, CancellationToken _) =>
                Bookings.FirstOrDefault(b => b.Slot.BookingId == r.BookingId && b.Room == r.MeetingRoomId) is { } b
                    ? new BookInfoResponse { MeetingRoomId = b.Room, Schedule = b.Slot }
                    : throw new WeComApiException(40058, "booking not found", "oa/meetingroom/bookinfo/get"));
        Mock.Setup(a => a.CancelBookAsync(It.IsAny<CancelBookRequest>(), It.IsAny<CancellationToken>()))
            .Returns((CancelBookRequest r, CancellationToken _) => Cancel(r));
        Mock.Setup(a => a.UpdateTemplateCardAsync(It.IsAny<UpdateTemplateCardRequest>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);
    }

    public Mock<IWeComApi> Mock { get; } = new(MockBehavior.Strict);

    public IReadOnlyList<MeetingRoom> Rooms { get; }

    public List<(int Room, BookingSlot Slot)> Bookings { get; } = [];

    /// <summary>Adds a booking as if made elsewhere (another user, the WeCom client).</summary>
    public string Add(int room, DateTimeOffset start, DateTimeOffset end, string booker,
        BookingStatus status = BookingStatus.Booked, string? master = null)
    {
        var id = $"bk{++_next}";
        Bookings.Add((room, new BookingSlot
        {
            BookingId = id, MasterBookingId = master, ScheduleId = "sch" + id,
            StartTime = start.ToUnixTimeSeconds(), EndTime = end.ToUnixTimeSeconds(), Booker = booker, Status = status,
        }));
        return id;
    }

    public BookingStatus StatusOf(string bookingId) => Bookings.Single(b => b.Slot.BookingId == bookingId).Slot.Status;

    private string Book(int room, long start, long end, string booker)
    {
        var (s, e) = (RoomBot.Core.Booking.Slots.RoundDown(start), RoomBot.Core.Booking.Slots.RoundUp(end));
        if (Rooms.Single(r => r.MeetingRoomId == room).RequiresApproval)
        {
            throw new WeComApiException(TakenCode + 1, "会议室需要审批", "oa/meetingroom/book");
        }

        if (RoomBot.Core.Booking.Slots.Clash(Bookings.Where(b => b.Room == room).Select(b => b.Slot), s, e) is not null)
        {
            throw new WeComApiException(TakenCode, "会议室已被预定", "oa/meetingroom/book");
        }

        return Add(room, DateTimeOffset.FromUnixTimeSeconds(s), DateTimeOffset.FromUnixTimeSeconds(e), booker);
    }

    private Task Cancel(CancelBookRequest request)
    {
        var hit = Bookings.FindIndex(b => b.Slot.BookingId == request.BookingId || b.Slot.MasterBookingId == request.BookingId);
        if (hit < 0 || Bookings.Where(b => b.Slot.BookingId == request.BookingId).All(b => b.Slot.Status == BookingStatus.Cancelled)
            && !Bookings.Any(b => b.Slot.MasterBookingId == request.BookingId))
        {
            throw new WeComApiException(TakenCode + 2, "预定已取消", "oa/meetingroom/cancel_book");
        }

        for (var i = 0; i < Bookings.Count; i++)
        {
            var (room, slot) = Bookings[i];
            var inScope = slot.BookingId == request.BookingId || slot.MasterBookingId == request.BookingId;
            var onDay = request.CancelDate is not { } day || (slot.StartTime >= day && slot.StartTime < day + 86400);
            if (inScope && onDay)
            {
                Bookings[i] = (room, slot with { Status = BookingStatus.Cancelled });
            }
        }

        return Task.CompletedTask;
    }

    private List<RoomBookings> Query(BookingInfoQuery q) => Rooms
        .Where(r => q.MeetingRoomId is null || r.MeetingRoomId == q.MeetingRoomId)
        .Select(r => new RoomBookings
        {
            MeetingRoomId = r.MeetingRoomId,
            Schedule = Bookings
                .Where(b => b.Room == r.MeetingRoomId && b.Slot.Status != BookingStatus.Cancelled)
                .Where(b => b.Slot.StartTime < q.EndTime && q.StartTime < b.Slot.EndTime)
                .Select(b => b.Slot).ToList(),
        }).ToList();
}
