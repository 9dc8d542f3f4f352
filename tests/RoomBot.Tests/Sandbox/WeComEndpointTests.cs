using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

/// <summary>The envelope of every /cgi-bin call: HTTP 200, errcode/errmsg, 40058 for bad input, and no state change on error.</summary>
public sealed class WeComEndpointTests
{
    public static TheoryData<string, string> BadBodies => new()
    {
        { "oa/meetingroom/book", "{not json" },
        { "oa/meetingroom/book", "" },
        { "oa/meetingroom/book", "[1,2]" },
        { "oa/meetingroom/book", """{"meetingroom_id":"1","start_time":1780279200,"end_time":1780282800,"booker":"zhangsan"}""" },
        { "oa/meetingroom/book", """{"meetingroom_id":1,"start_time":"10:00","end_time":1780282800,"booker":"zhangsan"}""" },
        { "oa/meetingroom/book", """{"meetingroom_id":1,"start_time":1780279200,"end_time":1780282800,"booker":["zhangsan"]}""" },
        { "oa/meetingroom/book", """{"meetingroom_id":1,"start_time":1780279200,"end_time":1780282800,"booker":"zhangsan","attendees":"lisi"}""" },
        { "oa/meetingroom/book", """{"meetingroom_id":1.5,"start_time":1780279200,"end_time":1780282800,"booker":"zhangsan"}""" },
        { "oa/meetingroom/book", """{"meetingroom_id":99999999999,"start_time":1780279200,"end_time":1780282800,"booker":"zhangsan"}""" },
        { "oa/meetingroom/get_booking_info", """{"city":5}""" },
        { "oa/meetingroom/list", """{"equipment":["tv"]}""" },
        { "oa/meetingroom/add", """{"capacity":3}""" },
        { "oa/meetingroom/edit", """{"name":"x"}""" },
        { "oa/meetingroom/del", "{}" },
        { "oa/meetingroom/cancel_book", """{"booking_id":"bk1","keep_schedule":2}""" },
        { "oa/schedule/add", """{"schedule":"tomorrow"}""" },
        { "oa/schedule/add", """{"schedule":{"organizer":"zhangsan","start_time":1780279200}}""" },
        { "oa/schedule/add", """{"schedule":{"organizer":"zhangsan","start_time":1780279200,"end_time":1780282800,"reminders":{"is_repeat":1,"repeat_type":3}}}""" },
        { "meeting/create", """{"admin_userid":"zhangsan","title":"t","meeting_start":1780279200,"meeting_duration":60}""" },
        { "message/send", """{"touser":"zhangsan","msgtype":"text","agentid":1000002}""" },
        { "message/send", """{"touser":"zhangsan","msgtype":"text","agentid":"1000002","text":{"content":"hi"}}""" },
        { "message/update_template_card", """{"agentid":1000002,"response_code":"x"}""" },
        { "appchat/create", """{"userlist":["zhangsan"]}""" },
        { "appchat/create", """{"userlist":["zhangsan","lisi"],"chatid":"has-dash"}""" },
        { "appchat/send", """{"chatid":"nochat"}""" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_BadBody_Returns40058WithHttp200(string path, string body)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var answer = SandboxAssert.Error(40058, await api.PostAsync(path, body));

        Assert.StartsWith("invalid parameter", answer.GetProperty("errmsg").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WrongTypedField_NamesTheFieldInErrmsg()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        var answer = SandboxAssert.Error(40058, await api.PostAsync("oa/meetingroom/book",
            """{"meetingroom_id":"1","start_time":1780279200,"end_time":1780282800,"booker":"zhangsan"}"""));

        Assert.Contains("meetingroom_id", answer.GetProperty("errmsg").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ErrorsInARow_LeaveNoBookingsSchedulesOrRooms()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var rooms = (await api.PostAsync("oa/meetingroom/list", "{}")).GetRawText();

        foreach (var (path, body) in BadBodies.Select(row => ((string)row[0], (string)row[1])))
        {
            await api.PostAsync(path, body);
        }

        await api.BookAsync(6, CorpTime.At(6, 1, 10), CorpTime.At(6, 1, 11));
        await api.BookAsync(1, CorpTime.At(6, 1, 7), CorpTime.At(6, 1, 8));
        var all = SandboxAssert.Ok(await api.PostAsync("oa/meetingroom/get_booking_info",
            $$"""{"start_time":{{CorpTime.Midnight(6, 1)}},"end_time":{{CorpTime.Midnight(6, 2)}}}"""));
        Assert.All(all.GetProperty("booking_list").EnumerateArray(), r => Assert.Empty(r.GetProperty("schedule").EnumerateArray()));
        Assert.Equal(rooms, (await api.PostAsync("oa/meetingroom/list", "{}")).GetRawText());
    }

    [Fact]
    public async Task Get_OnPostOnlyApi_Returns43002()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(43002, await api.GetAsync($"/cgi-bin/oa/meetingroom/book?access_token={await api.TokenAsync()}"));
    }

    [Fact]
    public async Task Post_OnGetOnlyApi_Returns43001()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(43001, await api.SendRawAsync(HttpMethod.Post,
            $"/cgi-bin/gettoken?corpid={SandboxApi.CorpId}&corpsecret={SandboxApi.Secret}", "{}"));
    }

    [Theory]
    [InlineData("oa/meetingroom/book")]
    [InlineData("oa/meetingroom/cancel_book")]
    [InlineData("message/send")]
    [InlineData("appchat/create")]
    public async Task Post_InvalidToken_Returns40014BeforeLookingAtTheBody(string path)
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);

        SandboxAssert.Error(40014, await api.SendRawAsync(HttpMethod.Post, $"/cgi-bin/{path}?access_token=forged", "{broken"));
    }

    [Fact]
    public async Task Post_ExpiredToken_Returns42001AndBooksNothing()
    {
        await using var app = SandboxApp.Create();
        var api = SandboxApi.For(app);
        var token = await api.TokenAsync();
        app.Time.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));
        var fresh = new SandboxApi(api.Http);

        SandboxAssert.Error(42001, await api.SendRawAsync(HttpMethod.Post, $"/cgi-bin/oa/meetingroom/book?access_token={token}",
            $$"""{"meetingroom_id":1,"start_time":{{CorpTime.At(6, 1, 14)}},"end_time":{{CorpTime.At(6, 1, 15)}},"booker":"zhangsan"}"""));

        Assert.Empty(await fresh.ScheduleOfAsync(1, CorpTime.At(6, 1, 11), CorpTime.Midnight(6, 2)));
    }
}
