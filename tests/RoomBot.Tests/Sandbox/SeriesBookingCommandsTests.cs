using System.Text.Json;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>book_by_schedule / book_by_meeting (rules 11–14) over HTTP; now is Monday 2026-06-01 09:00 (corp time).</summary>
public sealed class SeriesBookingCommandsTests
{
    private const string DailyUntilFriday = """{"is_repeat":1,"repeat_type":0,"repeat_until":1780588800}"""; // until Fri 2026-06-05 00:00

    [Fact]
    public async Task BookBySchedule_UnknownSchedule_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(93908, await BookByScheduleAsync(api, 1, "1c7e7226edae66468bc48e9859812402"));
    }

    [Fact]
    public async Task BookBySchedule_ScheduleOfAnotherApp_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var scheduleId = await api.AddScheduleAsync(CorpTime.At(6, 2, 10), CorpTime.At(6, 2, 11), agentId: 1000099);

        SandboxAssert.Error(93910, await BookByScheduleAsync(api, 1, scheduleId));
        Assert.Empty(await api.ScheduleOfAsync(1, CorpTime.Midnight(6, 2), CorpTime.Midnight(6, 3)));
    }

    [Fact]
    public async Task BookByMeeting_UnknownMeeting_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(93909, await api.PostAsync("oa/meetingroom/book_by_meeting",
            """{"meetingroom_id":1,"meetingid":"hy7e7226edae66468bc48e9859812402","booker":"rocky"}"""));
    }

    [Fact]
    public async Task BookBySchedule_SingleSchedule_BooksOnceWithoutConflicts()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var scheduleId = await api.AddScheduleAsync(CorpTime.At(6, 2, 10), CorpTime.At(6, 2, 11));

        var answer = SandboxAssert.Ok(await BookByScheduleAsync(api, 1, scheduleId));

        Assert.Empty(answer.GetProperty("conflict_date").EnumerateArray());
        var item = Assert.Single(await api.ScheduleOfAsync(1, CorpTime.Midnight(6, 2), CorpTime.Midnight(6, 3)));
        Assert.Equal(answer.GetProperty("booking_id").GetString(), item.GetProperty("booking_id").GetString());
        Assert.Equal(scheduleId, item.GetProperty("schedule_id").GetString());
    }

    [Fact]
    public async Task BookBySchedule_DailySeriesWithOneClash_BooksTheRestAndReportsThatDay()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        await api.BookOkAsync(1, CorpTime.At(6, 3, 10, 30), CorpTime.At(6, 3, 11), "lisi");
        var scheduleId = await api.AddScheduleAsync(CorpTime.At(6, 2, 10), CorpTime.At(6, 2, 11), DailyUntilFriday);

        var answer = SandboxAssert.Ok(await BookByScheduleAsync(api, 1, scheduleId));

        Assert.Equal([CorpTime.Midnight(6, 3)], answer.GetProperty("conflict_date").EnumerateArray().Select(d => d.GetInt64()));
        foreach (var day in new[] { 2, 4, 5 })
        {
            var item = Assert.Single(await api.ScheduleOfAsync(1, CorpTime.Midnight(6, day), CorpTime.Midnight(6, day + 1)));
            Assert.Equal(CorpTime.At(6, day, 10), item.GetProperty("start_time").GetInt64());
        }

        Assert.Empty(await api.ScheduleOfAsync(1, CorpTime.Midnight(6, 6), CorpTime.Midnight(6, 7)));
        var clashDay = Assert.Single(await api.ScheduleOfAsync(1, CorpTime.Midnight(6, 3), CorpTime.Midnight(6, 4)));
        Assert.Equal("lisi", clashDay.GetProperty("booker").GetString());
    }

    [Fact]
    public async Task BookBySchedule_WeeklyOnChosenDays_BooksThoseWeekdays()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        // Tuesdays and Thursdays from Tue 2026-06-02 until Sun 2026-06-14.
        var scheduleId = await api.AddScheduleAsync(CorpTime.At(6, 2, 14), CorpTime.At(6, 2, 15),
            """{"is_repeat":1,"repeat_type":1,"is_custom_repeat":1,"repeat_interval":1,"repeat_day_of_week":[2,4],"repeat_until":1781366400}""");

        SandboxAssert.Ok(await BookByScheduleAsync(api, 2, scheduleId));

        var booked = new List<int>();
        for (var day = 1; day <= 15; day++)
        {
            if ((await api.ScheduleOfAsync(2, CorpTime.Midnight(6, day), CorpTime.Midnight(6, day + 1))).Count > 0)
            {
                booked.Add(day);
            }
        }

        Assert.Equal([2, 4, 9, 11], booked);
    }

    [Fact]
    public async Task BookBySchedule_RepeatWithoutEnd_StopsAtThreeMonths()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var scheduleId = await api.AddScheduleAsync(CorpTime.At(6, 2, 10), CorpTime.At(6, 2, 11), """{"is_repeat":1,"repeat_type":1}""");

        SandboxAssert.Ok(await BookByScheduleAsync(api, 1, scheduleId));

        Assert.Single(await api.ScheduleOfAsync(1, CorpTime.Midnight(8, 25), CorpTime.Midnight(8, 26)));
        Assert.Empty(await api.ScheduleOfAsync(1, CorpTime.Midnight(9, 8), CorpTime.Midnight(9, 9)));
    }

    [Fact]
    public async Task BookBySchedule_EveryOccurrenceClashes_IsRefusedWithoutBooking()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        await api.BookOkAsync(1, CorpTime.At(6, 2, 10), CorpTime.At(6, 2, 11), "lisi");
        var scheduleId = await api.AddScheduleAsync(CorpTime.At(6, 2, 10), CorpTime.At(6, 2, 11));

        SandboxAssert.Error(93901, await BookByScheduleAsync(api, 1, scheduleId));

        SandboxAssert.Ok(await BookByScheduleAsync(api, 2, scheduleId));
    }

    [Fact]
    public async Task BookBySchedule_ScheduleAlreadyHasRoom_Returns90498()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var scheduleId = await api.AddScheduleAsync(CorpTime.At(6, 2, 10), CorpTime.At(6, 2, 11), DailyUntilFriday);
        SandboxAssert.Ok(await BookByScheduleAsync(api, 1, scheduleId));

        var answer = SandboxAssert.Error(90498, await BookByScheduleAsync(api, 2, scheduleId));

        Assert.Equal("日程已预定其他会议室", answer.GetProperty("errmsg").GetString());
        Assert.Empty(await api.ScheduleOfAsync(2, CorpTime.Midnight(6, 2), CorpTime.Midnight(6, 3)));
    }

    [Fact]
    public async Task BookBySchedule_ApprovalRoom_IsRefused()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var scheduleId = await api.AddScheduleAsync(CorpTime.At(6, 2, 10), CorpTime.At(6, 2, 11));

        SandboxAssert.Error(93902, await BookByScheduleAsync(api, 6, scheduleId));
    }

    [Fact]
    public async Task BookInfo_OccurrenceOfSeries_HasOwnIdAndSeriesAsMaster()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var scheduleId = await api.AddScheduleAsync(CorpTime.At(6, 2, 10), CorpTime.At(6, 2, 11), DailyUntilFriday);
        var seriesId = SandboxAssert.Ok(await BookByScheduleAsync(api, 1, scheduleId)).GetProperty("booking_id").GetString();

        var ids = new List<string>();
        for (var day = 2; day <= 5; day++)
        {
            var item = Assert.Single(await api.ScheduleOfAsync(1, CorpTime.Midnight(6, day), CorpTime.Midnight(6, day + 1)));
            ids.Add(item.GetProperty("booking_id").GetString()!);
        }

        Assert.Equal(4, ids.Distinct().Count());
        Assert.DoesNotContain(seriesId, ids);
        var info = SandboxAssert.Ok(await api.BookInfoAsync(1, ids[1])).GetProperty("schedule");
        Assert.Equal(ids[1], info.GetProperty("booking_id").GetString());
        Assert.Equal(seriesId, info.GetProperty("master_booking_id").GetString());
        Assert.Equal(CorpTime.At(6, 3, 10), info.GetProperty("start_time").GetInt64());
    }

    [Fact]
    public async Task BookByMeeting_RepeatingMeeting_BooksEachOccurrence()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var meeting = SandboxAssert.Ok(await api.PostAsync("meeting/create", $$$"""
            {"admin_userid":"zhangsan","title":"周例会","meeting_start":{{{CorpTime.At(6, 2, 15)}}},"meeting_duration":3600,
             "invitees":{"userid":["lisi","wangwu"]},"agentid":{{{SandboxApi.AgentId}}},
             "reminders":{"is_repeat":1,"repeat_type":0,"repeat_until":{{{CorpTime.At(6, 4, 15)}}}}}
            """));
        var meetingId = meeting.GetProperty("meetingid").GetString();

        var answer = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/book_by_meeting",
            $$"""{"meetingroom_id":3,"meetingid":"{{meetingId}}","booker":"zhangsan"}"""));

        Assert.Empty(answer.GetProperty("conflict_date").EnumerateArray());
        for (var day = 2; day <= 4; day++)
        {
            var item = Assert.Single(await api.ScheduleOfAsync(3, CorpTime.Midnight(6, day), CorpTime.Midnight(6, day + 1)));
            Assert.Equal(CorpTime.At(6, day, 16), item.GetProperty("end_time").GetInt64());
        }

        Assert.Empty(await api.ScheduleOfAsync(3, CorpTime.Midnight(6, 5), CorpTime.Midnight(6, 6)));
    }

    private static Task<JsonElement> BookByScheduleAsync(SandboxApi api, int room, string scheduleId) =>
        api.PostAsync("oa/meetingroom/book_by_schedule", $$"""{"meetingroom_id":{{room}},"schedule_id":"{{scheduleId}}","booker":"zhangsan"}""");
}
