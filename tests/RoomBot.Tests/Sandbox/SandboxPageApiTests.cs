using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoomBot.Sandbox.Chat;
using RoomBot.Sandbox.Storage;

using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Sandbox;

public sealed class SandboxPageApiTests : IAsyncLifetime
{
        private FakeBot bot = null!;
    private RoomBotApplication host = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        bot = await FakeBot.StartAsync(CallbackSettings.Crypto());
        host = new RoomBotApplication(CallbackSettings.For(bot.CallbackUrl));
        client = host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task GetRoot_ServesThePage()
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        using var script = await client.GetAsync(new Uri("/sandbox/app.js", UriKind.Relative));
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task GetAsset_Unknown_Is404()
    {
        using var response = await client.GetAsync(new Uri("/sandbox/nothing.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetUsers_ListsTheDemoUsers()
    {
        var users = await client.GetFromJsonAsync<JsonElement>("/sandbox/api/users");

        Assert.Contains(users.EnumerateArray(), u => u.GetProperty("userId").GetString() == "zhangsan" && u.GetProperty("name").GetString() == "张三");
    }

    [Fact]
    public async Task PostMessage_KnownUser_RecordsItAndDeliversTheCallback()
    {
        bot.Reply = inbound => FakeBot.Replies.Text(inbound, "收到");

        var result = await PostJson("/sandbox/api/messages", """{"userId":"zhangsan","text":"help"}""");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.True(result.Body.GetProperty("delivery").GetProperty("delivered").GetBoolean());
        Assert.Equal("text", result.Body.GetProperty("delivery").GetProperty("reply").GetString());
        var conversation = await client.GetFromJsonAsync<JsonElement>("/sandbox/api/conversation?userId=zhangsan");
        Assert.Collection(conversation.EnumerateArray(),
            m => Assert.Equal("help", m.GetProperty("content").GetProperty("content").GetString()),
            m => Assert.True(m.GetProperty("fromBot").GetBoolean()));
    }

    [Theory]
    [InlineData("{\"userId\":\"zhangsan\",\"text\":", "not valid JSON")]
    [InlineData("[1,2]", "not valid JSON")]
    [InlineData("{\"userId\":\"zhangsan\",\"text\":42}", "not valid JSON")]
    [InlineData("{\"text\":\"help\"}", "userId is required")]
    [InlineData("{\"userId\":\"nobody\",\"text\":\"help\"}", "Unknown userId 'nobody'")]
    [InlineData("{\"userId\":\"zhangsan\",\"text\":\"   \"}", "text is required")]
    public async Task PostMessage_BadInput_Is400WithAReason(string body, string reason)
    {
        var result = await PostJson("/sandbox/api/messages", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(reason, result.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(bot.Deliveries);
    }

    [Fact]
    public async Task PostMessage_NotJson_Is400()
    {
        using var content = new StringContent("userId=zhangsan", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(new Uri("/sandbox/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostMessage_TooLong_Is400()
    {
        var text = new string('会', 700);

        var result = await PostJson("/sandbox/api/messages", JsonSerializer.Serialize(new { userId = "zhangsan", text }));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }

    [Fact]
    public async Task Click_CardButton_DeliversTheEventAndAppliesTheReply()
    {
        var card = await RecordCardAsync("lisi");
        bot.Reply = inbound => FakeBot.Replies.UpdateButton(inbound, "已确认");

        var result = await PostJson("/sandbox/api/cards/click", $$"""{"userId":"lisi","messageId":{{card.Id}},"key":"ok"}""");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("update_button", result.Body.GetProperty("delivery").GetProperty("reply").GetString());
        Assert.Equal("ok", Assert.Single(bot.Deliveries).Plain.Element("EventKey")!.Value);
        var conversation = await client.GetFromJsonAsync<JsonElement>("/sandbox/api/conversation?userId=lisi");
        Assert.Equal("已确认", conversation.EnumerateArray().Single().GetProperty("replacedName").GetString());

        var again = await PostJson("/sandbox/api/cards/click", $$"""{"userId":"lisi","messageId":{{card.Id}},"key":"ok"}""");
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
    }

    [Fact]
    public async Task Click_UnknownKeyOrMessageOrOtherUsersCard_IsRejected()
    {
        var card = await RecordCardAsync("lisi");

        var badKey = await PostJson("/sandbox/api/cards/click", $$"""{"userId":"lisi","messageId":{{card.Id}},"key":"nope"}""");
        var otherUser = await PostJson("/sandbox/api/cards/click", $$"""{"userId":"wangwu","messageId":{{card.Id}},"key":"ok"}""");
        var missing = await PostJson("/sandbox/api/cards/click", """{"userId":"lisi","messageId":999999,"key":"ok"}""");
        var noKey = await PostJson("/sandbox/api/cards/click", $$"""{"userId":"lisi","messageId":{{card.Id}}}""");
        var wrongType = await PostJson("/sandbox/api/cards/click", """{"userId":"lisi","messageId":"abc","key":"ok"}""");

        Assert.Equal(HttpStatusCode.BadRequest, badKey.Status);
        Assert.Contains("no button with key 'nope'", badKey.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherUser.Status);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(HttpStatusCode.BadRequest, noKey.Status);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
        Assert.Empty(bot.Deliveries);
    }

    [Fact]
    public async Task Click_ReplacedCard_UsesTheNewCardsButtonsAndTaskId()
    {
        var card = await RecordCardAsync("lisi");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SandboxChatService>().UpdateCardAsync(card.Id, null,
                """{"card_type":"button_interaction","main_title":{"title":"已更新"},"task_id":"t-2","button_list":[{"text":"再来","key":"again"}]}""",
                CancellationToken.None);
        }

        var old = await PostJson("/sandbox/api/cards/click", $$"""{"userId":"lisi","messageId":{{card.Id}},"key":"ok"}""");
        var current = await PostJson("/sandbox/api/cards/click", $$"""{"userId":"lisi","messageId":{{card.Id}},"key":"again"}""");

        Assert.Equal(HttpStatusCode.BadRequest, old.Status);
        Assert.Equal(HttpStatusCode.OK, current.Status);
        Assert.Equal("t-2", Assert.Single(bot.Deliveries).Plain.Element("TaskId")!.Value);
    }

    [Fact]
    public async Task AddRobot_NewGroup_ItsKeyWorksForWebhookSendAndItsPaneShowsTheMessage()
    {
        var added = await PostJson("/sandbox/api/groups/robots", """{"name":"产品组"}""");
        var key = added.Body.GetProperty("webhookKey").GetString();
        var groupId = added.Body.GetProperty("groupId").GetString();

        using var content = new StringContent("""{"msgtype":"text","text":{"content":"10 分钟后开会"}}""", Encoding.UTF8, "application/json");
        using var sent = await client.PostAsync(new Uri("/cgi-bin/webhook/send?key=" + key, UriKind.Relative), content);
        var messages = await client.GetFromJsonAsync<JsonElement>($"/sandbox/api/groups/{groupId}/messages");

        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.Equal("webhook", added.Body.GetProperty("kind").GetString());
        Assert.Equal(0, (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errcode").GetInt32());
        Assert.Equal("10 分钟后开会", messages.EnumerateArray().Single().GetProperty("content").GetProperty("content").GetString());
    }

    [Theory]
    [InlineData("""{"name":""}""")]
    [InlineData("""{"name":"组","key":"bad key!"}""")]
    public async Task AddRobot_BadInput_Is400(string body)
    {
        var result = await PostJson("/sandbox/api/groups/robots", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }

    [Fact]
    public async Task GetGroupMessages_UnknownGroup_Is404()
    {
        using var response = await client.GetAsync(new Uri("/sandbox/api/groups/nope/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetConversation_UnknownUser_Is400()
    {
        using var response = await client.GetAsync(new Uri("/sandbox/api/conversation?userId=ghost", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("2026-13-40")]
    [InlineData("tomorrow")]
    public async Task GetDay_BadDate_Is400(string date)
    {
        using var response = await client.GetAsync(new Uri("/sandbox/api/day?date=" + date, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetDay_ListsEveryRoom()
    {
        var day = await client.GetFromJsonAsync<JsonElement>("/sandbox/api/day?date=2030-01-07");

        Assert.Equal("2030-01-07", day.GetProperty("date").GetString());
        Assert.True(day.GetProperty("rooms").GetArrayLength() >= 8);
        Assert.Equal(86400, day.GetProperty("dayEnd").GetInt64() - day.GetProperty("dayStart").GetInt64());
    }

    [Fact]
    public async Task AdminBooking_ApprovalRoom_MovesThroughTheApprovalStatesAndFiresEvents()
    {
        var booked = await PostJson("/sandbox/api/admin/bookings",
            """{"meetingRoomId":6,"date":"2030-01-07","start":"14:00","end":"15:00","booker":"liuyang","subject":"季度评审"}""");
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        Assert.Equal(2, booked.Body.GetProperty("status").GetInt32());
        Assert.Equal("14:00", booked.Body.GetProperty("startText").GetString());
        var id = booked.Body.GetProperty("bookingId").GetString();

        var submitted = await PostJson($"/sandbox/api/admin/bookings/{id}/advance", "{}");
        var approved = await PostJson($"/sandbox/api/admin/bookings/{id}/advance", "{}");
        var cancelled = await PostJson($"/sandbox/api/admin/bookings/{id}/cancel", "{}");

        Assert.Equal(3, submitted.Body.GetProperty("status").GetInt32());
        Assert.Equal(0, approved.Body.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, cancelled.Status);
        var day = await client.GetFromJsonAsync<JsonElement>("/sandbox/api/day?date=2030-01-07");
        var room = day.GetProperty("rooms").EnumerateArray().Single(r => r.GetProperty("meetingRoomId").GetInt32() == 6);
        Assert.Equal(1, room.GetProperty("bookings").EnumerateArray().Single(b => b.GetProperty("bookingId").GetString() == id)
            .GetProperty("status").GetInt32());

        var events = await bot.WaitForAsync(2, TimeSpan.FromSeconds(10));
        Assert.Contains(events, e => e.Plain.Element("Event")?.Value == "book_meeting_room" && e.Plain.Element("MeetingRoomId")?.Value == "6");
        Assert.Contains(events, e => e.Plain.Element("Event")?.Value == "cancel_meeting_room" && e.Plain.Element("FromUserName")?.Value == "liuyang");
    }

    [Theory]
    [InlineData("""{"date":"2030-01-07","start":"14:00","end":"15:00","booker":"liuyang"}""", "meetingRoomId is required")]
    [InlineData("""{"meetingRoomId":1,"date":"07/01/2030","start":"14:00","end":"15:00","booker":"liuyang"}""", "date is required")]
    [InlineData("""{"meetingRoomId":1,"date":"2030-01-07","start":"2pm","end":"15:00","booker":"liuyang"}""", "start and end")]
    [InlineData("""{"meetingRoomId":1,"date":"2030-01-07","start":"15:00","end":"14:00","booker":"liuyang"}""", "end must be after start")]
    [InlineData("""{"meetingRoomId":1,"date":"2030-01-07","start":"14:00","end":"15:00","booker":"ghost"}""", "Unknown booker 'ghost'")]
    public async Task AdminBooking_BadInput_Is400WithAReason(string body, string reason)
    {
        var result = await PostJson("/sandbox/api/admin/bookings", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(reason, result.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminBooking_UnknownRoomOrBooking_IsRefusedWithoutA500()
    {
        var room = await PostJson("/sandbox/api/admin/bookings",
            """{"meetingRoomId":999,"date":"2030-01-07","start":"14:00","end":"15:00","booker":"liuyang"}""");
        var advance = await PostJson("/sandbox/api/admin/bookings/nope/advance", "{}");
        var cancel = await PostJson("/sandbox/api/admin/bookings/nope/cancel", "{}");

        Assert.InRange((int)room.Status, 400, 499);
        Assert.InRange((int)advance.Status, 400, 499);
        Assert.InRange((int)cancel.Status, 400, 499);
    }

    [Fact]
    public async Task AdminBooking_Overlap_IsRefusedWithTheReason()
    {
        const string body = """{"meetingRoomId":2,"date":"2030-01-08","start":"10:00","end":"11:00","booker":"zhangsan"}""";
        var first = await PostJson("/sandbox/api/admin/bookings", body);

        var second = await PostJson("/sandbox/api/admin/bookings", body);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.False(string.IsNullOrWhiteSpace(second.Body.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Events_Stream_StartsWithConnected()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sandbox/api/events");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("data: {\"kind\":\"Connected\",\"userId\":null,\"chatId\":null,\"messageId\":null,\"meetingRoomId\":null,\"bookingId\":null}",
            await reader.ReadLineAsync());
    }

    [Fact]
    public async Task Events_UserSendsText_StreamAnnouncesTheNewChatMessage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sandbox/api/events");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await reader.ReadLineAsync();

        await PostJson("/sandbox/api/messages", """{"userId":"xiaoming","text":"hello"}""");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith("data: ", StringComparison.Ordinal));
        var e = JsonDocument.Parse(line!["data: ".Length..]).RootElement;
        Assert.Equal("ChatMessage", e.GetProperty("kind").GetString());
        Assert.Equal("xiaoming", e.GetProperty("userId").GetString());
    }

    private async Task<SandboxChatMessage> RecordCardAsync(string userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var chat = scope.ServiceProvider.GetRequiredService<SandboxChatService>();
        return await chat.RecordBotMessageAsync(userId, "template_card",
            """{"card_type":"button_interaction","main_title":{"title":"确认"},"task_id":"t-1","button_list":[{"text":"确认","style":1,"key":"ok"}]}""",
            CancellationToken.None);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostJson(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
