using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>The request examples of doc 93620 (the seed), sent verbatim where their ids can exist, answered in its shapes.</summary>
public sealed class BookingApiTests
{
    private const string SeedBook = """
        {
         "meetingroom_id":1,
         "subject":"周会",
         "start_time":1593532800,
         "end_time":1593619200,
         "booker":"zhangsan",
         "attendees":["lisi", "wangwu"]
        }
        """;

    private const string SeedGetBookingInfo = """
        {
         "meetingroom_id":1,
         "start_time":1593532800,
         "end_time":1593619200,
         "city":"深圳",
         "building":"腾讯大厦",
         "floor":"18F"
        }
        """;

    [Fact]
    public async Task Book_SeedExample_AnswersBookingAndScheduleIds()
    {
        await using var app = InJune2020();
        var api = SandboxApi.For(app);

        var answer = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/book", SeedBook));

        Assert.Equal(["errcode", "errmsg", "booking_id", "schedule_id"], Names(answer));
    }

    [Fact]
    public async Task GetBookingInfo_SeedExample_AnswersBookingListShape()
    {
        await using var app = InJune2020();
        var api = SandboxApi.For(app);
        var booked = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/book", SeedBook));

        var answer = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/get_booking_info", SeedGetBookingInfo));

        Assert.Equal(["errcode", "errmsg", "booking_list"], Names(answer));
        var room = Assert.Single(answer.GetProperty("booking_list").EnumerateArray());
        Assert.Equal(["meetingroom_id", "schedule"], Names(room));
        var item = Assert.Single(room.GetProperty("schedule").EnumerateArray());
        Assert.Equal(["booking_id", "schedule_id", "start_time", "end_time", "booker", "status"], Names(item));
        Assert.Equal(booked.GetProperty("booking_id").GetString(), item.GetProperty("booking_id").GetString());
        Assert.Equal(1593532800, item.GetProperty("start_time").GetInt64());
        Assert.Equal(1593619200, item.GetProperty("end_time").GetInt64());
    }

    [Fact]
    public async Task BookBySchedule_SeedExampleWithMonthlyClashes_ReturnsSeedConflictDates()
    {
        await using var app = InDecember2022();
        var api = SandboxApi.For(app);
        foreach (var day in new long[] { 1672502400, 1675180800, 1677600000 })
        {
            await api.BookOkAsync(1, day + 10 * 3600, day + 11 * 3600, "lisi");
        }

        var scheduleId = await api.AddScheduleAsync(1672502400 + 10 * 3600, 1672502400 + 11 * 3600,
            """{"is_repeat":1,"repeat_type":2,"repeat_until":1680278400}"""); // monthly until 2023-04-01
        var answer = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/book_by_schedule", $$"""
            {
              "meetingroom_id":1,
              "schedule_id":"{{scheduleId}}",
              "booker":"rocky"
            }
            """));

        Assert.Equal(["errcode", "errmsg", "booking_id", "conflict_date"], Names(answer));
        Assert.Equal([1672502400L, 1675180800L, 1677600000L], answer.GetProperty("conflict_date").EnumerateArray().Select(d => d.GetInt64()));
        Assert.Single(await api.ScheduleOfAsync(1, 1680278400, 1680278400 + 86400)); // 2023-04-01 is booked
    }

    [Fact]
    public async Task BookByMeeting_SeedExample_AnswersBookingIdAndConflictDates()
    {
        await using var app = InDecember2022();
        var api = SandboxApi.For(app);
        var meetingId = SandboxAssert.Ok(await api.PostAsync("meeting/create",
            $$"""{"admin_userid":"rocky","title":"评审","meeting_start":{{1672502400 + 14 * 3600}},"meeting_duration":1800}"""))
            .GetProperty("meetingid").GetString();

        var answer = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/book_by_meeting", $$"""
            {
              "meetingroom_id":1,
              "meetingid":"{{meetingId}}",
              "booker":"rocky"
            }
            """));

        Assert.Equal(["errcode", "errmsg", "booking_id", "conflict_date"], Names(answer));
        Assert.Empty(answer.GetProperty("conflict_date").EnumerateArray());
    }

    [Fact]
    public async Task CancelBook_SeedExampleOnSeries_CancelsThatDayOnly()
    {
        await using var app = InDecember2022();
        var api = SandboxApi.For(app);
        var scheduleId = await api.AddScheduleAsync(1672502400 + 10 * 3600, 1672502400 + 11 * 3600,
            """{"is_repeat":1,"repeat_type":0,"repeat_until":1672675200}"""); // daily, 1 to 3 January 2023
        var seriesId = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/book_by_schedule",
            $$"""{"meetingroom_id":1,"schedule_id":"{{scheduleId}}","booker":"rocky"}""")).GetProperty("booking_id").GetString();

        var answer = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/cancel_book", $$"""
            {
             "booking_id":"{{seriesId}}",
             "keep_schedule":1,
             "cancel_date":1672502400
            }
            """));

        Assert.Equal(["errcode", "errmsg"], Names(answer));
        Assert.Empty(await api.ScheduleOfAsync(1, 1672502400, 1672502400 + 86400));
        Assert.Single(await api.ScheduleOfAsync(1, 1672502400 + 86400, 1672502400 + 2 * 86400));
    }

    [Fact]
    public async Task BookInfo_SeedExampleShape_IncludesMasterBookingIdForOccurrence()
    {
        await using var app = InDecember2022();
        var api = SandboxApi.For(app);
        var scheduleId = await api.AddScheduleAsync(1672502400 + 10 * 3600, 1672502400 + 11 * 3600,
            """{"is_repeat":1,"repeat_type":0,"repeat_until":1672675200}""");
        var seriesId = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/book_by_schedule",
            $$"""{"meetingroom_id":1,"schedule_id":"{{scheduleId}}","booker":"rocky"}""")).GetProperty("booking_id").GetString();
        var occurrence = (await api.ScheduleOfAsync(1, 1672502400, 1672502400 + 86400))[0].GetProperty("booking_id").GetString();

        var answer = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/bookinfo/get", $$"""
            {
              "meetingroom_id":1,
              "booking_id": "{{occurrence}}"
            }
            """));

        Assert.Equal(["errcode", "errmsg", "meetingroom_id", "schedule"], Names(answer));
        var schedule = answer.GetProperty("schedule");
        Assert.Equal(["booking_id", "master_booking_id", "schedule_id", "start_time", "end_time", "booker", "status"], Names(schedule));
        Assert.Equal(seriesId, schedule.GetProperty("master_booking_id").GetString());
        Assert.Equal("rocky", schedule.GetProperty("booker").GetString());
    }

    [Fact]
    public async Task BookBySchedule_SeedExampleIdsThatDoNotExist_AnswersErrcode()
    {
        await using var app = InDecember2022();
        var api = SandboxApi.For(app);

        var answer = SandboxAssert.Error(93908, await api.PostAsync("oa/meetingroom/book_by_schedule", """
            {
              "meetingroom_id":1,
              "schedule_id":"1c7e7226edae66468bc48e9859812402",
              "booker":"rocky"
            }
            """));

        Assert.Equal(["errcode", "errmsg"], Names(answer));
    }

    private static RoomBotApplication InJune2020() =>
        new(time: new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1593532800 - 86400)));

    /// <summary>The clock on 2022-12-30 and the seed's booker "rocky" added to the demo users.</summary>
    private static RoomBotApplication InDecember2022() =>
        new(new Dictionary<string, string?> { ["Sandbox:Users:50:UserId"] = "rocky", ["Sandbox:Users:50:Name"] = "Rocky" },
            new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1672502400 - 2 * 86400)));

    private static List<string> Names(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToList();
}
