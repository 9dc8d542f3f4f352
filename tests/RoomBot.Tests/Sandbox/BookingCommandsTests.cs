using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>oa/meetingroom/book (rules 5–10) over HTTP; the clock stands at Monday 2026-06-01 09:00 (corp time).</summary>
public sealed class BookingCommandsTests
{
    [Theory]
    [InlineData("""{"start_time":1780279200,"end_time":1780282800,"booker":"zhangsan"}""")]
    [InlineData("""{"meetingroom_id":1,"end_time":1780282800,"booker":"zhangsan"}""")]
    [InlineData("""{"meetingroom_id":1,"start_time":1780279200,"booker":"zhangsan"}""")]
    [InlineData("""{"meetingroom_id":1,"start_time":1780279200,"end_time":1780282800}""")]
    public async Task Book_MissingRequiredField_Returns40058AndBooksNothing(string body)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(40058, await api.PostAsync("oa/meetingroom/book", body));

        Assert.Empty(await api.ScheduleOfAsync(1, CorpTime.At(6, 1, 9), CorpTime.Midnight(6, 2)));
    }

    [Fact]
    public async Task Book_OptionalSubjectAndAttendeesLeftOut_Books()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/book",
            $$"""{"meetingroom_id":1,"start_time":{{CorpTime.At(6, 1, 10)}},"end_time":{{CorpTime.At(6, 1, 11)}},"booker":"lisi"}"""));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1800)]
    public async Task Book_EndNotAfterStart_IsRefusedAsBadTime(long length)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var start = CorpTime.At(6, 1, 10);

        SandboxAssert.Error(93903, await api.BookAsync(1, start, start + length));
    }

    [Fact]
    public async Task Book_QuarterPastToQuarterTo_RoundsOutwardToHalfHours()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var id = await api.BookOkAsync(1, CorpTime.At(6, 1, 15, 15), CorpTime.At(6, 1, 15, 45));

        var s = SandboxAssert.Ok(await api.BookInfoAsync(1, id)).GetProperty("schedule");
        Assert.Equal(CorpTime.At(6, 1, 15), s.GetProperty("start_time").GetInt64());
        Assert.Equal(CorpTime.At(6, 1, 16), s.GetProperty("end_time").GetInt64());
    }

    [Fact]
    public async Task Book_TenMinutes_BecomesTheMinimumThirty()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var id = await api.BookOkAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 10, 10));

        var s = SandboxAssert.Ok(await api.BookInfoAsync(1, id)).GetProperty("schedule");
        Assert.Equal(1800, s.GetProperty("end_time").GetInt64() - s.GetProperty("start_time").GetInt64());
    }

    [Fact]
    public async Task Book_RoomNeedsApproval_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(93902, await api.BookAsync(6, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11)));

        Assert.Empty(await api.ScheduleOfAsync(6, CorpTime.At(6, 1, 9), CorpTime.Midnight(6, 2)));
    }

    [Fact]
    public async Task Book_StartPassedWithin15Minutes_KeepsTheStart()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        app.Time.Advance(TimeSpan.FromMinutes(14)); // 09:14

        var id = await api.BookOkAsync(1, CorpTime.At(6, 1, 9), CorpTime.At(6, 1, 10));

        Assert.Equal(CorpTime.At(6, 1, 9), SandboxAssert.Ok(await api.BookInfoAsync(1, id)).GetProperty("schedule").GetProperty("start_time").GetInt64());
    }

    [Fact]
    public async Task Book_StartPassedMoreThan15Minutes_MovesStartToNextHalfHour()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        app.Time.Advance(TimeSpan.FromMinutes(16)); // 09:16

        var id = await api.BookOkAsync(1, CorpTime.At(6, 1, 9), CorpTime.At(6, 1, 10));

        var s = SandboxAssert.Ok(await api.BookInfoAsync(1, id)).GetProperty("schedule");
        Assert.Equal(CorpTime.At(6, 1, 9, 30), s.GetProperty("start_time").GetInt64());
        Assert.Equal(CorpTime.At(6, 1, 10), s.GetProperty("end_time").GetInt64());
    }

    [Fact]
    public async Task Book_EndAlreadyPassed_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(93903, await api.BookAsync(1, CorpTime.At(6, 1, 7), CorpTime.At(6, 1, 8)));
    }

    [Fact]
    public async Task Book_LateStartLeavesNothing_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        app.Time.Advance(TimeSpan.FromMinutes(50)); // 09:50

        SandboxAssert.Error(93903, await api.BookAsync(1, CorpTime.At(6, 1, 9), CorpTime.At(6, 1, 10)));
    }

    [Fact]
    public async Task Book_OverlapsActiveBooking_IsRefusedAsRoomTaken()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        await api.BookOkAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11));

        SandboxAssert.Error(93901, await api.BookAsync(1, CorpTime.At(6, 1, 10, 30), CorpTime.At(6, 1, 11, 30), "lisi"));

        Assert.Single(await api.ScheduleOfAsync(1, CorpTime.At(6, 1, 9), CorpTime.Midnight(6, 2)));
    }

    [Fact]
    public async Task Book_OverlapsApplyingBookingInClient_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        await app.InClientAsync(c => c.BookAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11), "lisi", null, default));

        SandboxAssert.Error(93901, await api.BookAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11)));
    }

    [Fact]
    public async Task Book_BackToBack_IsAllowed()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        await api.BookOkAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11));

        await api.BookOkAsync(1, CorpTime.At(6, 1, 11), CorpTime.At(6, 1, 12), "lisi");
        await api.BookOkAsync(1, CorpTime.At(6, 1, 9, 30), CorpTime.At(6, 1, 10), "wangwu");
    }

    [Fact]
    public async Task Book_AfterCancellation_FreesTheRoom()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var id = await api.BookOkAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11));
        SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/cancel_book", $$"""{"booking_id":"{{id}}"}"""));

        await api.BookOkAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11), "lisi");
    }

    [Fact]
    public async Task Book_Success_ReturnsBookingAndLinkedScheduleIds()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var answer = SandboxAssert.Ok(await api.BookAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11)));

        var bookingId = answer.GetProperty("booking_id").GetString();
        var scheduleId = answer.GetProperty("schedule_id").GetString();
        Assert.False(string.IsNullOrEmpty(bookingId));
        Assert.False(string.IsNullOrEmpty(scheduleId));
        var item = Assert.Single(await api.ScheduleOfAsync(1, CorpTime.At(6, 1, 9), CorpTime.Midnight(6, 2)));
        Assert.Equal(scheduleId, item.GetProperty("schedule_id").GetString());
        // The linked schedule now holds this room (rule 13).
        SandboxAssert.Error(90498, await api.PostAsync("oa/meetingroom/book_by_schedule",
            $$"""{"meetingroom_id":2,"schedule_id":"{{scheduleId}}","booker":"zhangsan"}"""));
    }

    [Theory]
    [InlineData(999, "zhangsan", 93905)]
    [InlineData(1, "nobody", 60111)]
    public async Task Book_UnknownRoomOrBooker_IsRefused(int room, string booker, int errcode)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(errcode, await api.BookAsync(room, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11), booker));
    }
}
