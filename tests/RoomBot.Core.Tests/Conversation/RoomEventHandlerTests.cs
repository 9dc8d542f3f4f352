using Moq;
using RoomBot.Core.Conversation;
using RoomBot.Core.Tests.Conversation.Infrastructure;
using RoomBot.WeCom.Contracts;
using static RoomBot.Core.Tests.Conversation.Infrastructure.ConversationHarness;

namespace RoomBot.Core.Tests.Conversation;

public sealed class RoomEventHandlerTests : IDisposable
{
    private readonly ConversationHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    private IncomingMessage Event(IncomingKind kind, int room, string bookingId) =>
        new(kind, "zhangsan", _bot.Time.GetUtcNow()) { MeetingRoomId = room, BookingId = bookingId };

    [Fact]
    public async Task CancelledInTheClient_DropsRemindersAndTheCardSaysAlreadyCancelled()
    {
        _bot.Understands("book", Book(2, At(25, 15), At(25, 16)));
        var card = (await _bot.SayAsync("zhangsan", "book")).SingleCard();
        var (room, slot) = _bot.WeCom.Bookings.Single();
        var bookingId = slot.BookingId;
        _bot.WeCom.Bookings[0] = (room, slot with { Status = BookingStatus.Cancelled }); // cancelled in the client

        var silent = await _bot.DispatchAsync(Event(IncomingKind.RoomCancelled, 2, bookingId));
        var click = await _bot.ClickAsync("zhangsan", card.TaskId!, card.ButtonList![0].Key);

        Assert.Empty(silent);
        _bot.Reminders.Verify(r => r.CancelAsync(bookingId, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Contains("already cancelled", click.AllText(), StringComparison.Ordinal);
        _bot.WeCom.Mock.Verify(a => a.CancelBookAsync(It.IsAny<CancelBookRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task BookedEventWithNewTimes_MovesTheRemindersAndTheCardOnce()
    {
        _bot.Understands("book", Book(2, At(25, 15), At(25, 16)));
        var card = (await _bot.SayAsync("zhangsan", "book")).SingleCard();
        var (room, slot) = _bot.WeCom.Bookings.Single();
        _bot.WeCom.Bookings[0] = (room, slot with { StartTime = At(25, 17).ToUnixTimeSeconds(), EndTime = At(25, 18).ToUnixTimeSeconds() });

        await _bot.DispatchAsync(Event(IncomingKind.RoomBooked, 2, slot.BookingId));
        await _bot.DispatchAsync(Event(IncomingKind.RoomBooked, 2, slot.BookingId));

        _bot.Reminders.Verify(r => r.RescheduleAsync(slot.BookingId, At(25, 17), At(25, 18), It.IsAny<CancellationToken>()), Times.Once);
        var moved = _bot.Cards.All.Single(c => c.TaskId == card.TaskId);
        Assert.Equal((slot.BookingId, At(25, 17), At(25, 18)), (moved.BookingId!, moved.Start!.Value, moved.End!.Value));
    }

    [Fact]
    public async Task BookedEventInARoomWithoutBotBookings_AsksWeComNothing()
    {
        var replies = await _bot.DispatchAsync(Event(IncomingKind.RoomBooked, 2, "elsewhere"));

        Assert.Empty(replies);
        _bot.WeCom.Mock.Verify(a => a.GetBookInfoAsync(It.IsAny<BookInfoRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task CancelEventWithoutItsBookingId_ReconciledByRoom()
    {
        _bot.Understands("book", Book(2, At(25, 15), At(25, 16)));
        var card = (await _bot.SayAsync("zhangsan", "book")).SingleCard();
        var (room, slot) = _bot.WeCom.Bookings.Single();
        _bot.WeCom.Bookings[0] = (room, slot with { Status = BookingStatus.Cancelled });

        await _bot.DispatchAsync(new IncomingMessage(IncomingKind.RoomCancelled, "zhangsan", _bot.Time.GetUtcNow()) { MeetingRoomId = 2 });

        _bot.Reminders.Verify(r => r.CancelAsync(slot.BookingId, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(RoomBot.Core.Conversation.Stores.CardState.Cancelled, _bot.Cards.All.Single(c => c.TaskId == card.TaskId).State);
    }

    [Fact]
    public async Task CancelEventForAnotherBookingOfTheRoom_KeepsTheBotsBooking()
    {
        _bot.Understands("book", Book(2, At(25, 15), At(25, 16)));
        await _bot.SayAsync("zhangsan", "book");

        await _bot.DispatchAsync(Event(IncomingKind.RoomCancelled, 2, "someone-elses"));

        _bot.Reminders.Verify(r => r.CancelAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }
    [Fact]
    public async Task CancelEventWithBookingId_ActsOnExactlyThatBooking()
    {
        _bot.Understands("first", Book(2, At(25, 15), At(25, 16)));
        _bot.Understands("second", Book(2, At(25, 17), At(25, 18)));
        await _bot.SayAsync("zhangsan", "first");
        await _bot.SayAsync("zhangsan", "second");
        var first = _bot.WeCom.Bookings[0].Slot.BookingId;
        var second = _bot.WeCom.Bookings[1].Slot.BookingId;
        for (var i = 0; i < 2; i++)
        {
            _bot.WeCom.Bookings[i] = (2, _bot.WeCom.Bookings[i].Slot with { Status = BookingStatus.Cancelled });
        }

        _bot.WeCom.Mock.Invocations.Clear();

        await _bot.DispatchAsync(Event(IncomingKind.RoomCancelled, 2, first));

        _bot.Reminders.Verify(r => r.CancelAsync(first, It.IsAny<CancellationToken>()), Times.Once);
        _bot.Reminders.Verify(r => r.CancelAsync(second, It.IsAny<CancellationToken>()), Times.Never);
        _bot.WeCom.Mock.Verify(a => a.GetBookInfoAsync(It.Is<BookInfoRequest>(q => q.BookingId == second), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task BookedEventReBookingTheBotsSchedule_MovesRemindersAndLinksTheCard()
    {
        _bot.Understands("book", Book(2, At(25, 15), At(25, 16)));
        var card = (await _bot.SayAsync("zhangsan", "book")).SingleCard();
        var (room, old) = _bot.WeCom.Bookings.Single();
        // The user re-timed the schedule in the client: WeCom cancels the booking and books the schedule again.
        _bot.WeCom.Bookings[0] = (room, old with { Status = BookingStatus.Cancelled });
        var rebooked = _bot.WeCom.Add(2, At(25, 17), At(25, 18), "zhangsan");
        var index = _bot.WeCom.Bookings.FindIndex(b => b.Slot.BookingId == rebooked);
        _bot.WeCom.Bookings[index] = (2, _bot.WeCom.Bookings[index].Slot with { ScheduleId = old.ScheduleId });

        var silent = await _bot.DispatchAsync(Event(IncomingKind.RoomBooked, 2, rebooked));
        await _bot.DispatchAsync(Event(IncomingKind.RoomCancelled, 2, old.BookingId));
        await _bot.ClickAsync("zhangsan", card.TaskId!, card.ButtonList![0].Key);

        Assert.Empty(silent);
        _bot.Reminders.Verify(r => r.RelinkAsync(old.BookingId, rebooked, At(25, 17), At(25, 18), It.IsAny<CancellationToken>()), Times.Once);
        _bot.Reminders.Verify(r => r.CancelAsync(old.BookingId, It.IsAny<CancellationToken>()), Times.Never);
        var linked = _bot.Cards.All.Single(c => c.TaskId == card.TaskId);
        Assert.Equal((rebooked, At(25, 17), At(25, 18)), (linked.BookingId!, linked.Start!.Value, linked.End!.Value));
        _bot.WeCom.Mock.Verify(a => a.CancelBookAsync(It.Is<CancelBookRequest>(c => c.BookingId == rebooked), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task BookedEventOfAnotherSchedule_LeavesTheBotsCardAlone()
    {
        _bot.Understands("book", Book(2, At(25, 15), At(25, 16)));
        var card = (await _bot.SayAsync("zhangsan", "book")).SingleCard();
        var own = _bot.WeCom.Bookings.Single().Slot.BookingId;
        var other = _bot.WeCom.Add(2, At(25, 17), At(25, 18), "lisi");

        await _bot.DispatchAsync(Event(IncomingKind.RoomBooked, 2, other));

        _bot.Reminders.Verify(r => r.RelinkAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(),
            It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(own, _bot.Cards.All.Single(c => c.TaskId == card.TaskId).BookingId);
    }
}
