using System.Text.Json;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>cancel_book (rules 15–17) over HTTP; now is Monday 2026-06-01 09:00 (corp time).</summary>
public sealed class CancelCommandsTests
{
    private const string DailyUntilFriday = """{"is_repeat":1,"repeat_type":0,"repeat_until":1780588800}""";

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"booking_id":""}""")]
    [InlineData("""{"booking_id":42}""")]
    public async Task Cancel_NoBookingId_Returns40058(string body)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(40058, await api.PostAsync("oa/meetingroom/cancel_book", body));
    }

    [Fact]
    public async Task Cancel_UnknownBooking_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(93906, await CancelAsync(api, """{"booking_id":"bk42b34949gsaseb6e027c123cbafAAA"}"""));
    }

    [Fact]
    public async Task Cancel_KeepSchedule0_DeletesTheLinkedSchedule()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var booked = SandboxAssert.Ok(await api.BookAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11)));

        SandboxAssert.Ok(await CancelAsync(api, $$"""{"booking_id":"{{booked.GetProperty("booking_id").GetString()}}","keep_schedule":0}"""));

        SandboxAssert.Error(93908, await BookByScheduleAsync(api, 2, booked.GetProperty("schedule_id").GetString()!));
    }

    [Fact]
    public async Task Cancel_KeepSchedule1_KeepsTheScheduleForAnotherRoom()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var booked = SandboxAssert.Ok(await api.BookAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11)));

        SandboxAssert.Ok(await CancelAsync(api, $$"""{"booking_id":"{{booked.GetProperty("booking_id").GetString()}}","keep_schedule":1}"""));

        SandboxAssert.Ok(await BookByScheduleAsync(api, 2, booked.GetProperty("schedule_id").GetString()!));
        Assert.Single(await api.ScheduleOfAsync(2, CorpTime.At(6, 1, 9), CorpTime.Midnight(6, 2)));
    }

    [Fact]
    public async Task Cancel_SeriesWithoutDate_CancelsEveryOccurrence()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var seriesId = await BookDailySeriesAsync(api);

        SandboxAssert.Ok(await CancelAsync(api, $$"""{"booking_id":"{{seriesId}}","keep_schedule":0}"""));

        for (var day = 2; day <= 5; day++)
        {
            Assert.Empty(await api.ScheduleOfAsync(1, CorpTime.Midnight(6, day), CorpTime.Midnight(6, day + 1)));
        }
    }

    [Fact]
    public async Task Cancel_SeriesWithCancelDate_CancelsOnlyThatDay()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var seriesId = await BookDailySeriesAsync(api);

        SandboxAssert.Ok(await CancelAsync(api, $$"""{"booking_id":"{{seriesId}}","cancel_date":{{CorpTime.Midnight(6, 3)}}}"""));

        Assert.Empty(await api.ScheduleOfAsync(1, CorpTime.Midnight(6, 3), CorpTime.Midnight(6, 4)));
        foreach (var day in new[] { 2, 4, 5 })
        {
            Assert.Single(await api.ScheduleOfAsync(1, CorpTime.Midnight(6, day), CorpTime.Midnight(6, day + 1)));
        }

        // The freed day can be booked by someone else.
        await api.BookOkAsync(1, CorpTime.At(6, 3, 10), CorpTime.At(6, 3, 11), "lisi");
    }

    [Fact]
    public async Task Cancel_SeriesOnDayWithoutOccurrence_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var seriesId = await BookDailySeriesAsync(api);

        SandboxAssert.Error(93906, await CancelAsync(api, $$"""{"booking_id":"{{seriesId}}","cancel_date":{{CorpTime.Midnight(6, 9)}}}"""));

        Assert.Single(await api.ScheduleOfAsync(1, CorpTime.Midnight(6, 2), CorpTime.Midnight(6, 3)));
    }

    [Fact]
    public async Task Cancel_Booking_SetsStatus1AndFreesTheRoom()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var id = await api.BookOkAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11));

        SandboxAssert.Ok(await CancelAsync(api, $$"""{"booking_id":"{{id}}"}"""));

        Assert.Equal(1, SandboxAssert.Ok(await api.BookInfoAsync(1, id)).GetProperty("schedule").GetProperty("status").GetInt32());
        Assert.Empty(await api.ScheduleOfAsync(1, CorpTime.At(6, 1, 9), CorpTime.Midnight(6, 2)));
        await api.BookOkAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11), "lisi");
    }

    [Fact]
    public async Task Cancel_Twice_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var id = await api.BookOkAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11));
        SandboxAssert.Ok(await CancelAsync(api, $$"""{"booking_id":"{{id}}"}"""));

        SandboxAssert.Error(93907, await CancelAsync(api, $$"""{"booking_id":"{{id}}"}"""));
    }

    [Fact]
    public async Task Cancel_BookingMadeInClient_Returns90499AndKeepsIt()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var booking = await app.InClientAsync(c => c.BookAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11), "lisi", null, default));

        var answer = SandboxAssert.Error(90499, await CancelAsync(api, $$"""{"booking_id":"{{booking.BookingId}}"}"""));

        Assert.Equal("不可取消其由他应用预定的会议室", answer.GetProperty("errmsg").GetString());
        Assert.Equal(0, SandboxAssert.Ok(await api.BookInfoAsync(1, booking.BookingId)).GetProperty("schedule").GetProperty("status").GetInt32());
    }

    private static Task<JsonElement> CancelAsync(SandboxApi api, string body) => api.PostAsync("oa/meetingroom/cancel_book", body);

    private static Task<JsonElement> BookByScheduleAsync(SandboxApi api, int room, string scheduleId) =>
        api.PostAsync("oa/meetingroom/book_by_schedule", $$"""{"meetingroom_id":{{room}},"schedule_id":"{{scheduleId}}","booker":"zhangsan"}""");

    /// <summary>Room 1, 10:00–11:00 daily from Tuesday 2026-06-02 to Friday 2026-06-05.</summary>
    private static async Task<string> BookDailySeriesAsync(SandboxApi api)
    {
        var scheduleId = await api.AddScheduleAsync(CorpTime.At(6, 2, 10), CorpTime.At(6, 2, 11), DailyUntilFriday);
        return SandboxAssert.Ok(await BookByScheduleAsync(api, 1, scheduleId)).GetProperty("booking_id").GetString()!;
    }
}
