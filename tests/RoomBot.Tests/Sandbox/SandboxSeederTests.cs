using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>Start-up seeding and state that survives a host restart (same database).</summary>
public sealed class SandboxSeederTests
{
    [Fact]
    public async Task Restart_SameDatabase_KeepsTokensBookingsAndRoomEdits()
    {
        var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var token = await api.TokenAsync();
        var booked = SandboxAssert.Ok(await api.BookAsync(1, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11)));
        SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/edit", """{"meetingroom_id":2,"name":"改名会议室"}"""));
        SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/del", """{"meetingroom_id":5}"""));
        var added = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/add", """{"name":"新会议室","capacity":3}""")).GetProperty("meetingroom_id").GetInt32();

        await using var restarted = await app.RestartAsync();
        var again = SandboxApi.For(restarted);

        SandboxAssert.Ok(await again.GetAsync($"/cgi-bin/user/list?access_token={token}"));
        Assert.Equal(token, await again.TokenAsync());
        var info = SandboxAssert.Ok(await again.BookInfoAsync(1, booked.GetProperty("booking_id").GetString()!));
        Assert.Equal(booked.GetProperty("schedule_id").GetString(), info.GetProperty("schedule").GetProperty("schedule_id").GetString());
        var rooms = SandboxAssert.Ok(await again.PostAsync("oa/meetingroom/list", "{}")).GetProperty("meetingroom_list").EnumerateArray()
            .ToDictionary(r => r.GetProperty("meetingroom_id").GetInt32(), r => r.GetProperty("name").GetString());
        Assert.Equal("改名会议室", rooms[2]);
        Assert.False(rooms.ContainsKey(5));
        Assert.Equal("新会议室", rooms[added]);
    }

    [Fact]
    public async Task Start_NewRoomInSettings_IsAddedNextToExistingOnes()
    {
        var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/edit", """{"meetingroom_id":1,"capacity":99}"""));
        app.Settings["Sandbox:Rooms:40:meetingroom_id"] = "77";
        app.Settings["Sandbox:Rooms:40:name"] = "新配置会议室";
        app.Settings["Sandbox:Rooms:40:capacity"] = "6";

        await using var restarted = await app.RestartAsync();
        var again = SandboxApi.For(restarted);

        var rooms = SandboxAssert.Ok(await again.PostAsync("oa/meetingroom/list", "{}")).GetProperty("meetingroom_list").EnumerateArray()
            .ToDictionary(r => r.GetProperty("meetingroom_id").GetInt32(), r => r.GetProperty("capacity").GetInt32());
        Assert.Equal(6, rooms[77]);
        Assert.Equal(99, rooms[1]);
    }
}
