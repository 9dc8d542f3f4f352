using Microsoft.Extensions.DependencyInjection;
using RoomBot.Tests.Infrastructure;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Tests.Sandbox;

/// <summary>The bot's own typed WeCom client against the sandbox over HTTP: the two sides agree on the wire.</summary>
public sealed class WeComApiClientTests : IAsyncLifetime
{
    private RoomBotApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = SandboxApp.Create(new Dictionary<string, string?> { ["WeCom:ApiBaseUrl"] = "http://localhost" });
        _app.WithServices(s => s.AddHttpClient<IWeComApi, WeComApiClient>().ConfigurePrimaryHttpMessageHandler(() => _app.Server.CreateHandler()));
        _app.CreateClient().Dispose(); // starts the host
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Client_RoomsAndBookingRoundTrip_AgreesWithSandbox()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var api = scope.ServiceProvider.GetRequiredService<IWeComApi>();

        var rooms = await api.ListMeetingRoomsAsync(new MeetingRoomQuery { City = "深圳", Building = "腾讯大厦" });
        var booked = await api.BookAsync(new BookRequest
        {
            MeetingRoomId = rooms[0].MeetingRoomId, Subject = "周会", StartTime = CorpTime.At(6, 1, 10), EndTime = CorpTime.At(6, 1, 11),
            Booker = "zhangsan", Attendees = ["lisi"],
        });
        var day = await api.GetBookingInfoAsync(new BookingInfoQuery
        {
            MeetingRoomId = rooms[0].MeetingRoomId, StartTime = CorpTime.Midnight(6, 1), EndTime = CorpTime.Midnight(6, 2),
        });
        await api.CancelBookAsync(new CancelBookRequest { BookingId = booked.BookingId, KeepSchedule = 0 });
        var info = await api.GetBookInfoAsync(new BookInfoRequest { MeetingRoomId = rooms[0].MeetingRoomId, BookingId = booked.BookingId });

        Assert.Equal([1, 2, 3], rooms.Select(r => r.MeetingRoomId));
        Assert.Equal(booked.BookingId, Assert.Single(Assert.Single(day).Schedule).BookingId);
        Assert.Equal(BookingStatus.Cancelled, info.Schedule!.Status);
    }

    [Fact]
    public async Task Client_RoomTaken_ThrowsRejectedWithSandboxErrmsg()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var api = scope.ServiceProvider.GetRequiredService<IWeComApi>();
        var request = new BookRequest { MeetingRoomId = 1, StartTime = CorpTime.At(6, 1, 10), EndTime = CorpTime.At(6, 1, 11), Booker = "zhangsan" };
        await api.BookAsync(request);

        var ex = await Assert.ThrowsAsync<WeComApiException>(() => api.BookAsync(request with { Booker = "lisi" }));

        Assert.Equal(WeComErrorKind.Rejected, ex.Kind);
        Assert.Contains("已被预定", ex.ErrMsg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_SeriesThroughScheduleAndMeeting_Books()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var api = scope.ServiceProvider.GetRequiredService<IWeComApi>();
        var repeat = new ScheduleReminders { IsRepeat = 1, RepeatType = 0, RepeatUntil = CorpTime.Midnight(6, 4) };

        var scheduleId = await api.AddScheduleAsync(new ScheduleAddRequest
        {
            Schedule = new ScheduleSpec
            {
                Organizer = "zhangsan", StartTime = CorpTime.At(6, 2, 10), EndTime = CorpTime.At(6, 2, 11), Summary = "站会",
                Attendees = [new ScheduleAttendee("lisi")], Reminders = repeat,
            },
        });
        var bySchedule = await api.BookByScheduleAsync(new BookByScheduleRequest { MeetingRoomId = 2, ScheduleId = scheduleId, Booker = "zhangsan" });
        var meetingId = await api.CreateMeetingAsync(new MeetingCreateRequest
        {
            AdminUserId = "lisi", Title = "评审", MeetingStart = CorpTime.At(6, 2, 14), MeetingDuration = 3600,
            Invitees = new MeetingInvitees(["zhangsan"]), Reminders = repeat,
        });
        var byMeeting = await api.BookByMeetingAsync(new BookByMeetingRequest { MeetingRoomId = 2, MeetingId = meetingId, Booker = "lisi" });
        var day = await api.GetBookingInfoAsync(new BookingInfoQuery { MeetingRoomId = 2, StartTime = CorpTime.Midnight(6, 3), EndTime = CorpTime.Midnight(6, 4) });

        Assert.Empty(bySchedule.ConflictDate);
        Assert.Empty(byMeeting.ConflictDate);
        Assert.Equal(2, Assert.Single(day).Schedule.Count);
    }

    [Fact]
    public async Task Client_MessagesCardsAndGroups_AreAccepted()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var api = scope.ServiceProvider.GetRequiredService<IWeComApi>();
        var card = new TemplateCard
        {
            Source = new CardSource { Desc = "RoomBot" }, MainTitle = new CardTitle { Title = "已预定" }, TaskId = "task-client-1",
            HorizontalContentList = [new CardField { KeyName = "时间", Value = "10:00" }],
            ButtonList = [new CardButton { Text = "取消", Style = 3, Key = "cancel:1" }],
        };

        await api.SendMessageAsync(AppMessage.ForText("zhangsan", "你好"));
        await api.SendMessageAsync(AppMessage.ForMarkdown("zhangsan|lisi", "**会议**"));
        var sent = await api.SendMessageAsync(AppMessage.ForCard("zhangsan", card));
        await api.UpdateTemplateCardAsync(new UpdateTemplateCardRequest
        {
            UserIds = ["zhangsan"], ResponseCode = sent.ResponseCode!, Button = new ReplaceButton("已取消"),
        });
        var chatId = await api.CreateAppChatAsync(new AppChatCreateRequest { Name = "周会群", Owner = "zhangsan", UserList = ["zhangsan", "lisi"] });
        await api.SendAppChatAsync(AppChatMessage.ForMarkdown(chatId, "**提醒**"));
        await api.SendWebhookAsync("demo-design-robot-key", WebhookMessage.ForText("10分钟后开会", ["zhangsan"]));
        var users = await api.ListUsersAsync();

        Assert.False(string.IsNullOrEmpty(sent.ResponseCode));
        Assert.Contains(users, u => u.UserId == "zhangsan" && u.Name == "张三");
    }
}
