using RoomBot.Core.Reminders;

namespace RoomBot.Tests.Reminders;

public sealed class MeetingRemindersTests : ReminderHostTestBase
{
    [Fact]
    public async Task ScheduleAsync_LeadTimeReached_SendsEachChannelExactlyOnce()
    {
        var host = await StartHostAsync();
        var start = ReminderTestHost.Now.AddMinutes(60);
        await host.Reminders.ScheduleAsync(ReminderTestHost.Meeting("b1", start, "design", attendees: ["lisi", "sunqi"]), default);

        Time.Advance(TimeSpan.FromMinutes(49));
        await host.Runner.RunDueAsync(default);
        Assert.Empty(Api.Cards);
        Assert.Empty(Api.AppChatMessages);
        Assert.Empty(Api.WebhookMessages);

        Time.Advance(TimeSpan.FromMinutes(1));
        await host.Runner.RunDueAsync(default);
        Time.Advance(TimeSpan.FromMinutes(5));
        await host.Runner.RunDueAsync(default);

        Assert.Single(Api.Cards);
        Assert.Single(Api.AppChatMessages);
        Assert.Single(Api.WebhookMessages);
        Assert.Single(Api.CreatedChats);
        Assert.Null(await host.Store.NextDueAsync(default));
    }

    [Fact]
    public async Task ScheduleAsync_ReminderContent_NamesRoomTimeSubjectAndBooker()
    {
        var host = await StartHostAsync();
        var start = ReminderTestHost.Now.AddMinutes(60); // 11:07 in Shanghai
        await host.Reminders.ScheduleAsync(ReminderTestHost.Meeting("b1", start, attendees: ["lisi"]), default);

        Time.Advance(TimeSpan.FromMinutes(50));
        await host.Runner.RunDueAsync(default);

        var text = Assert.Single(Api.AppChatMessages).Text!.Content;
        Assert.Contains("Meeting in 10 min: Weekly sync", text);
        Assert.Contains("Room 1 (Shenzhen Tencent Tower 18F)", text);
        Assert.Contains("Tue 24 Nov 11:07–12:07", text);
        Assert.Contains("Booked by: zhangsan", text);
        Assert.Equal("chat1", Api.AppChatMessages[0].ChatId);
        Assert.Equal(["lisi", "zhangsan"], Api.CreatedChats[0].UserList);
    }

    [Fact]
    public async Task ScheduleAsync_ChineseBooking_RemindsInChinese()
    {
        var host = await StartHostAsync();
        var start = ReminderTestHost.Now.AddMinutes(60);
        var meeting = ReminderTestHost.Meeting("b1", start, language: RoomBot.Core.Parsing.Language.Chinese, attendees: ["lisi"]);
        await host.Reminders.ScheduleAsync(meeting, default);

        Time.Advance(TimeSpan.FromMinutes(50));
        await host.Runner.RunDueAsync(default);

        var text = Assert.Single(Api.AppChatMessages).Text!.Content;
        Assert.Contains("10分钟后开始「Weekly sync」", text);
        Assert.Contains("11月24日 周二 11:07–12:07", text);
        Assert.Contains("预订人：zhangsan", text);
        Assert.Equal("签到", Assert.Single(Api.Cards).TemplateCard!.ButtonList![0].Text);
    }

    [Fact]
    public async Task CancelAsync_BeforeLeadTime_NothingIsSent()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(60), "design", attendees: ["lisi"]), default);

        await host.Reminders.CancelAsync("b1", default);
        Time.Advance(TimeSpan.FromMinutes(55));
        await host.Runner.RunDueAsync(default);

        Assert.Empty(Api.Cards);
        Assert.Empty(Api.AppChatMessages);
        Assert.Empty(Api.WebhookMessages);
        Assert.Null(await host.Store.NextDueAsync(default));
    }

    [Fact]
    public async Task RescheduleAsync_LaterStart_MovesTheReminder()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(60), attendees: ["lisi"]), default);
        var newStart = ReminderTestHost.Now.AddMinutes(120);

        await host.Reminders.RescheduleAsync("b1", newStart, newStart.AddMinutes(30), default);
        Time.Advance(TimeSpan.FromMinutes(55));
        await host.Runner.RunDueAsync(default);
        Assert.Empty(Api.Cards);

        Time.Advance(TimeSpan.FromMinutes(55));
        await host.Runner.RunDueAsync(default);
        Assert.Single(Api.Cards);
        Assert.Contains("12:07–12:37", Assert.Single(Api.AppChatMessages).Text!.Content);
    }

    [Fact]
    public async Task RelinkAsync_RebookedLater_RemindsOnceForTheNewBooking()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(60), attendees: ["lisi"]), default);
        var newStart = ReminderTestHost.Now.AddMinutes(120);

        await host.Reminders.RelinkAsync("b1", "b2", newStart, newStart.AddMinutes(30), default);
        Time.Advance(TimeSpan.FromMinutes(55));
        await host.Runner.RunDueAsync(default);
        Assert.Empty(Api.Cards);

        Time.Advance(TimeSpan.FromMinutes(55));
        await host.Runner.RunDueAsync(default);
        Assert.Single(Api.Cards);
        Assert.NotNull((await host.Store.FindAsync("b1", default))!.CancelledAt);
        Assert.Equal(newStart, (await host.Store.FindAsync("b2", default))!.Meeting.Start);
    }

    [Fact]
    public async Task ScheduleAsync_SameBookingTwice_RemindsOnce()
    {
        var host = await StartHostAsync();
        var meeting = ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(60), attendees: ["lisi"]);

        await host.Reminders.ScheduleAsync(meeting, default);
        Time.Advance(TimeSpan.FromMinutes(50));
        await host.Runner.RunDueAsync(default);
        await host.Reminders.ScheduleAsync(meeting, default);
        await host.Runner.RunDueAsync(default);

        Assert.Single(Api.Cards);
        Assert.Single(Api.AppChatMessages);
    }

    [Fact]
    public async Task ScheduleAsync_StartsSoonerThanLeadTime_RemindsAtOnce()
    {
        var host = await StartHostAsync();

        await host.Reminders.ScheduleAsync(ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(4)), default);
        await host.Runner.RunDueAsync(default);

        Assert.Contains("starts in 4 min", Assert.Single(Api.Cards).TemplateCard!.MainTitle!.Title);
    }

    [Fact]
    public async Task ScheduleAsync_NoAttendees_OnlyTheBookerIsReminded()
    {
        var host = await StartHostAsync();

        await host.Reminders.ScheduleAsync(ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30)), default);
        Time.Advance(TimeSpan.FromMinutes(20));
        await host.Runner.RunDueAsync(default);

        Assert.Equal("zhangsan", Assert.Single(Api.Cards).ToUser);
        Assert.Empty(Api.CreatedChats);
        Assert.Empty(Api.AppChatMessages);
    }
}
