using Microsoft.Extensions.DependencyInjection;
using RoomBot.Sandbox;
using RoomBot.Sandbox.Feed;
using RoomBot.Tests.Infrastructure;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Tests.Sandbox;

/// <summary>What a person does in the WeCom client: the approval flow of doc 93620's appendix and the client events.</summary>
public sealed class SandboxClientActionsTests
{
    [Fact]
    public async Task AdvanceApproval_ApprovalRoom_GoesApplyingThenInApprovalThenBooked()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var booking = await app.InClientAsync(c => c.BookAsync(6, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11), "sunqi", "评审", default));

        var statuses = new List<int> { Status(await api.BookInfoAsync(6, booking.BookingId)) };
        await app.InClientAsync(c => c.AdvanceApprovalAsync(booking.BookingId, default));
        statuses.Add(Status(await api.BookInfoAsync(6, booking.BookingId)));
        await app.InClientAsync(c => c.AdvanceApprovalAsync(booking.BookingId, default));
        statuses.Add(Status(await api.BookInfoAsync(6, booking.BookingId)));
        await app.InClientAsync(async c => { await c.CancelAsync(booking.BookingId, default); return 0; });
        statuses.Add(Status(await api.BookInfoAsync(6, booking.BookingId)));

        Assert.Equal([2, 3, 0, 1], statuses);
    }

    [Fact]
    public async Task AdvanceApproval_AlreadyBooked_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var booking = await app.InClientAsync(c => c.BookAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11), "lisi", null, default));

        var ex = await Assert.ThrowsAsync<SandboxException>(() => app.InClientAsync(c => c.AdvanceApprovalAsync(booking.BookingId, default)));

        Assert.Equal(SandboxErrors.NotInApproval, ex.ErrCode);
        Assert.Equal(BookingStatus.Booked, booking.Status);
    }

    [Fact]
    public async Task BookAndCancel_InClient_PublishBookedAndCancelledEvents()
    {
        await using var app = SandboxApp.Create();
        var feed = app.Services.GetRequiredService<ISandboxFeed>();
        using var cts = new CancellationTokenSource();
        var events = new List<SandboxEvent>();
        var subscribed = new TaskCompletionSource();
        var listening = Task.Run(async () =>
        {
            await using var e = feed.SubscribeAsync(cts.Token).GetAsyncEnumerator(cts.Token);
            var next = e.MoveNextAsync();
            subscribed.SetResult();
            while (await next)
            {
                events.Add(e.Current);
                if (e.Current.Kind == SandboxEventKind.CancelledInClient)
                {
                    return;
                }

                next = e.MoveNextAsync();
            }
        });
        await subscribed.Task;

        var booking = await app.InClientAsync(c => c.BookAsync(2, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11), "lisi", null, default));
        await app.InClientAsync(async c => { await c.CancelAsync(booking.BookingId, default); return 0; });
        await listening.WaitAsync(TimeSpan.FromSeconds(30));

        var booked = Assert.Single(events, e => e.Kind == SandboxEventKind.BookedInClient);
        Assert.Equal((2, booking.BookingId, "lisi"), (booked.MeetingRoomId!.Value, booked.BookingId, booked.UserId));
        Assert.Equal(booking.BookingId, Assert.Single(events, e => e.Kind == SandboxEventKind.CancelledInClient).BookingId);
    }

    [Fact]
    public async Task Day_WithBookings_ListsEveryRoomAndIncludesCancelled()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var kept = await api.BookOkAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11));
        var cancelled = await api.BookOkAsync(1, CorpTime.At(6, 1, 14), CorpTime.At(6, 1, 15));
        SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/cancel_book", $$"""{"booking_id":"{{cancelled}}"}"""));
        await api.BookOkAsync(1, CorpTime.At(6, 2, 10), CorpTime.At(6, 2, 11));

        var day = await app.InClientAsync(c => c.DayAsync(new DateOnly(2026, 6, 1), default));

        Assert.Equal(10, day.Count);
        var room1 = day.Single(d => d.Room.MeetingRoomId == 1);
        Assert.Equal([(kept, BookingStatus.Booked), (cancelled, BookingStatus.Cancelled)], room1.Bookings.Select(b => (b.BookingId, b.Status)));
    }

    private static int Status(System.Text.Json.JsonElement answer) =>
        SandboxAssert.Ok(answer).GetProperty("schedule").GetProperty("status").GetInt32();
}
