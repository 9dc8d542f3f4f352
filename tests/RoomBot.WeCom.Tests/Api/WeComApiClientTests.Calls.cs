using System.Text.Json.Nodes;
using RoomBot.WeCom.Contracts;

namespace RoomBot.WeCom.Tests.Api;

public sealed partial class WeComApiClientTests : IDisposable
{
    private readonly ApiFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static JsonNode Json(string? body) => JsonNode.Parse(body ?? "null")!;

    private static void AssertJson(string expected, string? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), Json(actual)), "expected " + expected + " but got " + actual);

    [Fact]
    public async Task ListMeetingRoomsAsync_Filter_PostsFilterWithTokenAndReadsRooms()
    {
        _f.Stub.Answer("oa/meetingroom/list", """
            {"errcode":0,"errmsg":"ok","meetingroom_list":[{"meetingroom_id":2,"name":"18F-会议室","capacity":10,"city":"深圳",
             "building":"腾讯大厦","floor":"18F","equipment":[1,2,3],"coordinate":{"latitude":"22.540503","longitude":"113.934528"},"need_approval":1}]}
            """);

        var rooms = await _f.Api.ListMeetingRoomsAsync(new MeetingRoomQuery { City = "深圳", Building = "腾讯大厦", Equipment = [3] });

        var call = Assert.Single(_f.Stub.Calls("oa/meetingroom/list"));
        Assert.Equal(HttpMethod.Post, call.Method);
        Assert.Equal("https://qyapi.example.test/cgi-bin/oa/meetingroom/list?access_token=tok1", call.Uri.AbsoluteUri);
        AssertJson("""{"city":"深圳","building":"腾讯大厦","equipment":[3]}""", call.Body);
        var room = Assert.Single(rooms);
        Assert.Equal((2, "18F-会议室", 10, true), (room.MeetingRoomId, room.Name, room.Capacity, room.RequiresApproval));
        Assert.Equal([1, 2, 3], room.Equipment);
    }

    [Fact]
    public async Task ListMeetingRoomsAsync_NoFilter_PostsEmptyObject()
    {
        await _f.Api.ListMeetingRoomsAsync();

        AssertJson("{}", Assert.Single(_f.Stub.Calls("oa/meetingroom/list")).Body);
    }

    [Fact]
    public async Task GetBookingInfoAsync_SeedExample_PostsQueryAndReadsSchedules()
    {
        _f.Stub.Answer("oa/meetingroom/get_booking_info", """
            {"errcode":0,"errmsg":"ok","booking_list":[{"meetingroom_id":1,"schedule":[{"booking_id":"bkebsada6e027c123cbafAAA",
             "schedule_id":"17c7d2bd9f20d652840f72f59e796AAA","start_time":1593532800,"end_time":1593662400,"booker":"zhangsan","status":0}]},
             {"meetingroom_id":2,"schedule":[]}]}
            """);

        var rooms = await _f.Api.GetBookingInfoAsync(new BookingInfoQuery { MeetingRoomId = 1, StartTime = 1593532800, EndTime = 1593619200 });

        AssertJson("""{"meetingroom_id":1,"start_time":1593532800,"end_time":1593619200}""", _f.Stub.Calls("oa/meetingroom/get_booking_info")[0].Body);
        Assert.Equal(2, rooms.Count);
        var slot = Assert.Single(rooms[0].Schedule);
        Assert.Equal(("bkebsada6e027c123cbafAAA", "zhangsan", BookingStatus.Booked), (slot.BookingId, slot.Booker, slot.Status));
        Assert.Empty(rooms[1].Schedule);
    }

    [Fact]
    public async Task BookAsync_SeedExample_PostsBookingAndReturnsIds()
    {
        _f.Stub.Answer("oa/meetingroom/book", """{"errcode":0,"errmsg":"ok","booking_id":"bkgsaseb6e027c123cbafAAA","schedule_id":"17c7d2bd9f20d652840f72f59e796AAA"}""");

        var booked = await _f.Api.BookAsync(new BookRequest
        {
            MeetingRoomId = 1, Subject = "周会", StartTime = 1593532800, EndTime = 1593619200, Booker = "zhangsan", Attendees = ["lisi", "wangwu"],
        });

        AssertJson("""{"meetingroom_id":1,"subject":"周会","start_time":1593532800,"end_time":1593619200,"booker":"zhangsan","attendees":["lisi","wangwu"]}""",
            _f.Stub.Calls("oa/meetingroom/book")[0].Body);
        Assert.Equal(("bkgsaseb6e027c123cbafAAA", "17c7d2bd9f20d652840f72f59e796AAA"), (booked.BookingId, booked.ScheduleId));
    }

    [Fact]
    public async Task BookByScheduleAsync_SeedExample_ReturnsConflictDates()
    {
        _f.Stub.Answer("oa/meetingroom/book_by_schedule", """{"errcode":0,"errmsg":"ok","booking_id":"bkgsaseb6e027c123cbafAAA","conflict_date":[1672502400,1675180800,1677600000]}""");

        var booked = await _f.Api.BookByScheduleAsync(new BookByScheduleRequest { MeetingRoomId = 1, ScheduleId = "1c7e7226edae66468bc48e9859812402", Booker = "rocky" });

        AssertJson("""{"meetingroom_id":1,"schedule_id":"1c7e7226edae66468bc48e9859812402","booker":"rocky"}""", _f.Stub.Calls("oa/meetingroom/book_by_schedule")[0].Body);
        Assert.Equal([1672502400L, 1675180800L, 1677600000L], booked.ConflictDate);
    }

    [Fact]
    public async Task BookByMeetingAsync_SeedExample_PostsMeetingId()
    {
        _f.Stub.Answer("oa/meetingroom/book_by_meeting", """{"errcode":0,"errmsg":"ok","booking_id":"bkgsaseb6e027c123cbafAAA","conflict_date":[]}""");

        var booked = await _f.Api.BookByMeetingAsync(new BookByMeetingRequest { MeetingRoomId = 1, MeetingId = "hy7e7226edae66468bc48e9859812402", Booker = "rocky" });

        AssertJson("""{"meetingroom_id":1,"meetingid":"hy7e7226edae66468bc48e9859812402","booker":"rocky"}""", _f.Stub.Calls("oa/meetingroom/book_by_meeting")[0].Body);
        Assert.Equal("bkgsaseb6e027c123cbafAAA", booked.BookingId);
        Assert.Empty(booked.ConflictDate);
    }

    [Fact]
    public async Task CancelBookAsync_OptionalFieldsUnset_LeftOutOfBody()
    {
        await _f.Api.CancelBookAsync(new CancelBookRequest { BookingId = "bk42", KeepSchedule = 1 });

        AssertJson("""{"booking_id":"bk42","keep_schedule":1}""", Assert.Single(_f.Stub.Calls("oa/meetingroom/cancel_book")).Body);
    }

    [Fact]
    public async Task GetBookInfoAsync_SeedExample_ReadsMasterBookingId()
    {
        _f.Stub.Answer("oa/meetingroom/bookinfo/get", """
            {"errcode":0,"errmsg":"ok","meetingroom_id":1,"schedule":{"booking_id":"bkebsada6e027c123cbafAAA","master_booking_id":"rbsho97cbidajgixnyk8eAA",
             "schedule_id":"17c7d2bd9f20d652840f72f59e796AAA","start_time":1593532800,"end_time":1593662400,"booker":"zhangsan","status":0}}
            """);

        var info = await _f.Api.GetBookInfoAsync(new BookInfoRequest { MeetingRoomId = 1, BookingId = "bkebsada6e027c123cbafAAA" });

        AssertJson("""{"meetingroom_id":1,"booking_id":"bkebsada6e027c123cbafAAA"}""", _f.Stub.Calls("oa/meetingroom/bookinfo/get")[0].Body);
        Assert.Equal("rbsho97cbidajgixnyk8eAA", info.Schedule!.MasterBookingId);
    }

    [Fact]
    public async Task AddScheduleAsync_NoAgentId_FillsConfiguredAgentAndReturnsScheduleId()
    {
        _f.Stub.Answer("oa/schedule/add", """{"errcode":0,"errmsg":"ok","schedule_id":"17c7d2bd9f20d652840f72f59e796AAA"}""");

        var id = await _f.Api.AddScheduleAsync(new ScheduleAddRequest
        {
            Schedule = new ScheduleSpec
            {
                Organizer = "zhangsan", StartTime = 1795500000, EndTime = 1795503600, Summary = "周会",
                Attendees = [new ScheduleAttendee("lisi")],
                Reminders = new ScheduleReminders { IsRepeat = 1, RepeatType = 1, RepeatUntil = 1800000000 },
            },
        });

        AssertJson("""
            {"schedule":{"organizer":"zhangsan","start_time":1795500000,"end_time":1795503600,"attendees":[{"userid":"lisi"}],"summary":"周会",
             "reminders":{"is_repeat":1,"repeat_type":1,"repeat_until":1800000000}},"agentid":1000002}
            """, _f.Stub.Calls("oa/schedule/add")[0].Body);
        Assert.Equal("17c7d2bd9f20d652840f72f59e796AAA", id);
    }

    [Fact]
    public async Task CreateMeetingAsync_Request_PostsAndReturnsMeetingId()
    {
        _f.Stub.Answer("meeting/create", """{"errcode":0,"errmsg":"ok","meetingid":"hyXXXXXXXXXXXXXXXXX","excess_users":[]}""");

        var id = await _f.Api.CreateMeetingAsync(new MeetingCreateRequest
        {
            AdminUserId = "zhangsan", Title = "周会", MeetingStart = 1795500000, MeetingDuration = 3600, Invitees = new MeetingInvitees(["lisi"]),
        });

        AssertJson("""{"admin_userid":"zhangsan","title":"周会","meeting_start":1795500000,"meeting_duration":3600,"invitees":{"userid":["lisi"]},"agentid":1000002}""",
            _f.Stub.Calls("meeting/create")[0].Body);
        Assert.Equal("hyXXXXXXXXXXXXXXXXX", id);
    }

    [Fact]
    public async Task SendMessageAsync_Text_FillsAgentId()
    {
        await _f.Api.SendMessageAsync(AppMessage.ForText("zhangsan|lisi", "你好"));

        AssertJson("""{"touser":"zhangsan|lisi","msgtype":"text","agentid":1000002,"text":{"content":"你好"}}""", _f.Stub.Calls("message/send")[0].Body);
    }

    [Fact]
    public async Task SendMessageAsync_Markdown_PostsMarkdown()
    {
        await _f.Api.SendMessageAsync(AppMessage.ForMarkdown("zhangsan", "**已预定**") with { AgentId = 7 });

        AssertJson("""{"touser":"zhangsan","msgtype":"markdown","agentid":7,"markdown":{"content":"**已预定**"}}""", _f.Stub.Calls("message/send")[0].Body);
    }

    [Fact]
    public async Task SendMessageAsync_TemplateCard_PostsCardAndReturnsResponseCode()
    {
        _f.Stub.Answer("message/send", """{"errcode":0,"errmsg":"ok","invaliduser":"","msgid":"xx","response_code":"rc_abc"}""");
        var card = new TemplateCard
        {
            MainTitle = new CardTitle { Title = "确认预定" },
            TaskId = "book_1",
            ButtonList = [new CardButton { Text = "确认", Key = "confirm:1" }],
        };

        var sent = await _f.Api.SendMessageAsync(AppMessage.ForCard("zhangsan", card));

        AssertJson("""
            {"touser":"zhangsan","msgtype":"template_card","agentid":1000002,"template_card":{"card_type":"button_interaction",
             "main_title":{"title":"确认预定"},"task_id":"book_1","button_list":[{"text":"确认","style":1,"key":"confirm:1"}]}}
            """, _f.Stub.Calls("message/send")[0].Body);
        Assert.Equal(("rc_abc", "xx"), (sent.ResponseCode, sent.MsgId));
    }

    [Fact]
    public async Task UpdateTemplateCardAsync_Button_PostsReplaceName()
    {
        await _f.Api.UpdateTemplateCardAsync(new UpdateTemplateCardRequest { UserIds = ["zhangsan"], ResponseCode = "rc_abc", Button = new ReplaceButton("已取消") });

        AssertJson("""{"userids":["zhangsan"],"atall":0,"agentid":1000002,"response_code":"rc_abc","button":{"replace_name":"已取消"}}""",
            _f.Stub.Calls("message/update_template_card")[0].Body);
    }

    [Fact]
    public async Task CreateAppChatAsync_Request_ReturnsChatId()
    {
        _f.Stub.Answer("appchat/create", """{"errcode":0,"errmsg":"ok","chatid":"CHATID"}""");

        var chatId = await _f.Api.CreateAppChatAsync(new AppChatCreateRequest { Name = "周会", Owner = "zhangsan", UserList = ["zhangsan", "lisi"] });

        AssertJson("""{"name":"周会","owner":"zhangsan","userlist":["zhangsan","lisi"]}""", _f.Stub.Calls("appchat/create")[0].Body);
        Assert.Equal("CHATID", chatId);
    }

    [Fact]
    public async Task SendAppChatAsync_Text_PostsChatMessage()
    {
        await _f.Api.SendAppChatAsync(AppChatMessage.ForText("CHATID", "10 分钟后开会"));

        AssertJson("""{"chatid":"CHATID","msgtype":"text","text":{"content":"10 分钟后开会"},"safe":0}""", _f.Stub.Calls("appchat/send")[0].Body);
    }

    [Fact]
    public async Task SendWebhookAsync_Text_UsesKeyAndNoAccessToken()
    {
        await _f.Api.SendWebhookAsync("693a91f6-7xxx", WebhookMessage.ForText("开会了", ["zhangsan", "@all"]));

        var call = Assert.Single(_f.Stub.Requests);
        Assert.Equal("https://qyapi.example.test/cgi-bin/webhook/send?key=693a91f6-7xxx", call.Uri.AbsoluteUri);
        AssertJson("""{"msgtype":"text","text":{"content":"开会了","mentioned_list":["zhangsan","@all"]}}""", call.Body);
        Assert.Equal(0, _f.Stub.TokenFetches);
    }

    [Fact]
    public async Task ListUsersAsync_Department_GetsWithFetchChild()
    {
        _f.Stub.Answer("user/list", """{"errcode":0,"errmsg":"ok","userlist":[{"userid":"zhangsan","name":"张三","department":[1]}]}""");

        var users = await _f.Api.ListUsersAsync(3);

        var call = Assert.Single(_f.Stub.Calls("user/list"));
        Assert.Equal(HttpMethod.Get, call.Method);
        Assert.Equal(("3", "1", "tok1"), (call.Query("department_id"), call.Query("fetch_child"), call.Query("access_token")));
        Assert.Null(call.Body);
        Assert.Equal("张三", Assert.Single(users).Name);
    }

    [Fact]
    public async Task ListMeetingRoomsAsync_BaseUrlWithPathPrefix_KeepsPrefixForTokenAndCall()
    {
        using var f = new ApiFixture("http://127.0.0.1:5099/sandbox");

        await f.Api.ListMeetingRoomsAsync();

        Assert.Equal(
            ["/sandbox/cgi-bin/gettoken", "/sandbox/cgi-bin/oa/meetingroom/list"],
            f.Stub.Requests.Select(r => r.Uri.AbsolutePath));
        Assert.Equal((ApiFixture.CorpId, ApiFixture.Secret), (f.Stub.Requests[0].Query("corpid"), f.Stub.Requests[0].Query("corpsecret")));
    }
}
