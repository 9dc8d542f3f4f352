using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>get_booking_info (rules 1–4) and bookinfo/get (rule 18) over HTTP.</summary>
public sealed class BookingQueriesTests
{
    [Fact]
    public async Task GetBookingInfo_NoParameters_CoversNowUntilMidnight()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        await api.BookOkAsync(1, CorpTime.At(6, 1, 9), CorpTime.At(6, 1, 9, 30));
        var later = await api.BookOkAsync(1, CorpTime.At(6, 1, 11), CorpTime.At(6, 1, 12));
        await api.BookOkAsync(1, CorpTime.At(6, 2, 11), CorpTime.At(6, 2, 12));
        app.Time.Advance(TimeSpan.FromHours(1)); // 10:00

        var answer = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/get_booking_info", "{}"));

        var room1 = answer.GetProperty("booking_list").EnumerateArray().Single(r => r.GetProperty("meetingroom_id").GetInt32() == 1);
        Assert.Equal([later], room1.GetProperty("schedule").EnumerateArray().Select(s => s.GetProperty("booking_id").GetString()));
    }

    [Fact]
    public async Task GetBookingInfo_WindowAcrossTwoDays_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(93904, await api.BookingInfoAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 2, 10)));
    }

    [Fact]
    public async Task GetBookingInfo_EndAtNextMidnight_CountsAsSameDay()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Ok(await api.BookingInfoAsync(1, CorpTime.Midnight(6, 2), CorpTime.Midnight(6, 3)));
    }

    [Theory]
    [InlineData("""{"building":"腾讯大厦"}""")]
    [InlineData("""{"city":"深圳","floor":"18F"}""")]
    [InlineData("""{"floor":"18F"}""")]
    public async Task GetBookingInfo_LocationWithoutParent_Returns40058(string body)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(40058, await api.PostAsync("oa/meetingroom/get_booking_info", body));
    }

    [Fact]
    public async Task GetBookingInfo_FullLocation_ListsEveryMatchingRoomEvenWithoutBookings()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var id = await api.BookOkAsync(2, CorpTime.At(6, 1, 14), CorpTime.At(6, 1, 15));

        var answer = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/get_booking_info",
            """{"city":"深圳","building":"腾讯大厦","floor":"18F"}"""));

        var list = answer.GetProperty("booking_list").EnumerateArray().ToList();
        Assert.Equal([1, 2], list.Select(r => r.GetProperty("meetingroom_id").GetInt32()));
        Assert.Empty(list[0].GetProperty("schedule").EnumerateArray());
        var item = Assert.Single(list[1].GetProperty("schedule").EnumerateArray());
        Assert.Equal(id, item.GetProperty("booking_id").GetString());
        Assert.Equal(CorpTime.At(6, 1, 14), item.GetProperty("start_time").GetInt64());
        Assert.Equal(CorpTime.At(6, 1, 15), item.GetProperty("end_time").GetInt64());
        Assert.Equal("zhangsan", item.GetProperty("booker").GetString());
        Assert.Equal(0, item.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(item.GetProperty("schedule_id").GetString()));
    }

    [Fact]
    public async Task GetBookingInfo_ApprovalAndCancelledBookings_ShowsStatus2And3ButNotCancelled()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var applying = await app.InClientAsync(c => c.BookAsync(6, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11), "sunqi", "评审", default));
        var approving = await app.InClientAsync(c => c.BookAsync(6, CorpTime.At(6, 1, 12), CorpTime.At(6, 1, 13), "sunqi", null, default));
        await app.InClientAsync(c => c.AdvanceApprovalAsync(approving.BookingId, default));
        var cancelled = await app.InClientAsync(c => c.BookAsync(6, CorpTime.At(6, 1, 14), CorpTime.At(6, 1, 15), "sunqi", null, default));
        await app.InClientAsync(async c => { await c.CancelAsync(cancelled.BookingId, default); return 0; });

        var schedule = await api.ScheduleOfAsync(6, CorpTime.At(6, 1, 9), CorpTime.Midnight(6, 2));

        Assert.Equal([(applying.BookingId, 2), (approving.BookingId, 3)],
            schedule.Select(s => (s.GetProperty("booking_id").GetString(), s.GetProperty("status").GetInt32())));
    }

    [Fact]
    public async Task GetBookingInfo_UnknownRoom_ReturnsRoomNotFound()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(93905, await api.PostAsync("oa/meetingroom/get_booking_info", """{"meetingroom_id":999}"""));
    }

    [Fact]
    public async Task BookInfo_MatchingRoomAndBooking_ReturnsScheduleWithStatus()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var id = await api.BookOkAsync(3, CorpTime.At(6, 1, 16), CorpTime.At(6, 1, 17));

        var answer = SandboxAssert.Ok(await api.BookInfoAsync(3, id));

        Assert.Equal(3, answer.GetProperty("meetingroom_id").GetInt32());
        var s = answer.GetProperty("schedule");
        Assert.Equal(id, s.GetProperty("booking_id").GetString());
        Assert.Equal(CorpTime.At(6, 1, 16), s.GetProperty("start_time").GetInt64());
        Assert.Equal("zhangsan", s.GetProperty("booker").GetString());
        Assert.Equal(0, s.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task BookInfo_RoomDoesNotMatchBooking_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var id = await api.BookOkAsync(3, CorpTime.At(6, 1, 16), CorpTime.At(6, 1, 17));

        SandboxAssert.Error(93906, await api.BookInfoAsync(2, id));
        SandboxAssert.Error(93906, await api.BookInfoAsync(3, "bknotthere"));
    }

    [Theory]
    [InlineData("""{"booking_id":"bk1"}""")]
    [InlineData("""{"meetingroom_id":1}""")]
    public async Task BookInfo_MissingField_Returns40058(string body)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(40058, await api.PostAsync("oa/meetingroom/bookinfo/get", body));
    }

    [Fact]
    public async Task BookInfo_CancelledBooking_ReportsStatus1()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var id = await api.BookOkAsync(3, CorpTime.At(6, 1, 16), CorpTime.At(6, 1, 17));
        SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/cancel_book", $$"""{"booking_id":"{{id}}"}"""));

        var answer = SandboxAssert.Ok(await api.BookInfoAsync(3, id));

        Assert.Equal(1, answer.GetProperty("schedule").GetProperty("status").GetInt32());
    }
}
