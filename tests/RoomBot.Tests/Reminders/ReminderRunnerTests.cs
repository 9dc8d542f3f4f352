using RoomBot.WeCom.Api;

namespace RoomBot.Tests.Reminders;

public class ReminderRunnerTests : ReminderHostTestBase
{
    [Fact]
    public async Task RunDueAsync_DowntimePastTheStart_DropsTheReminder()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(60), "design", attendees: ["lisi"]), default);

        Time.Advance(TimeSpan.FromMinutes(61));
        var taken = await host.Runner.RunDueAsync(default);

        Assert.Equal(3, taken);
        Assert.Empty(Api.Cards);
        Assert.Empty(Api.AppChatMessages);
        Assert.Empty(Api.WebhookMessages);
        Assert.Null(await host.Store.NextDueAsync(default));
    }

    [Fact]
    public async Task RunDueAsync_DowntimeEndingBeforeTheStart_StillReminds()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(60), attendees: ["lisi"]), default);

        Time.Advance(TimeSpan.FromMinutes(57));
        await host.Runner.RunDueAsync(default);

        Assert.Contains("starts in 3 min", Assert.Single(Api.Cards).TemplateCard!.MainTitle!.Title);
        Assert.Single(Api.AppChatMessages);
    }

    [Fact]
    public async Task RunDueAsync_TwoInstancesOnOneDatabase_SendEachReminderOnce()
    {
        var first = await StartHostAsync();
        var second = await StartHostAsync();
        for (var i = 0; i < 60; i++)
        {
            await first.Reminders.ScheduleAsync(
                ReminderTestHost.Meeting($"b{i}", ReminderTestHost.Now.AddMinutes(20 + (i % 3)), "design", attendees: ["lisi"]),
                default);
        }

        Time.Advance(TimeSpan.FromMinutes(15));
        await Task.WhenAll(
            Task.Run(() => first.Runner.RunDueAsync(default)),
            Task.Run(() => second.Runner.RunDueAsync(default)),
            Task.Run(() => first.Runner.RunDueAsync(default)),
            Task.Run(() => second.Runner.RunDueAsync(default)));

        Assert.Equal(60, Api.Cards.Select(c => c.TemplateCard!.TaskId).Distinct().Count());
        Assert.Equal(60, Api.Cards.Count);
        Assert.Equal(60, FakeWeComApi.Snapshot(Api.AppChatMessages).Count);
        Assert.Equal(60, FakeWeComApi.Snapshot(Api.WebhookMessages).Count);
        Assert.Single(Api.CreatedChats);
    }

    [Fact]
    public async Task ScheduleAsync_OneBookingFromEightTurnsOnTwoInstancesAtOnce_RemindedOnce()
    {
        var first = await StartHostAsync();
        var second = await StartHostAsync();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30 + (i % 3)), "design", attendees: ["lisi"]), default))));
        Time.Advance(TimeSpan.FromMinutes(25));
        await first.Runner.RunDueAsync(default);

        Assert.Single(Api.Cards);
        Assert.Single(FakeWeComApi.Snapshot(Api.WebhookMessages));
        Assert.Single(FakeWeComApi.Snapshot(Api.AppChatMessages));
    }

    [Fact]
    public async Task RunDueAsync_AnotherInstanceHoldsTheClaim_TakesNothing()
    {
        var first = await StartHostAsync();
        var second = await StartHostAsync();
        await first.Reminders.ScheduleAsync(ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30)), default);
        Time.Advance(TimeSpan.FromMinutes(20));
        var sending = new TaskCompletionSource();
        var proceed = new TaskCompletionSource();
        Api.Before = async _ =>
        {
            sending.TrySetResult();
            await proceed.Task;
        };

        var firstPass = Task.Run(() => first.Runner.RunDueAsync(default));
        await sending.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var secondTook = await second.Runner.RunDueAsync(default);
        proceed.SetResult();
        var firstTook = await firstPass;

        Assert.Equal(0, secondTook);
        Assert.Equal(1, firstTook);
        Assert.Single(Api.Cards);
    }

    [Fact]
    public async Task RunDueAsync_RateLimited_RetriesNoSoonerThanAMinute()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30), "design", attendees: ["lisi"]), default);
        var failures = 1;
        Api.Fail = path => path == "webhook/send" && failures-- > 0
            ? new WeComApiException(WeComErrors.RateLimited, "api freq out of limit", path)
            : null;

        Time.Advance(TimeSpan.FromMinutes(20));
        await host.Runner.RunDueAsync(default);
        Time.Advance(TimeSpan.FromSeconds(59));
        await host.Runner.RunDueAsync(default);
        Assert.Empty(Api.WebhookMessages);

        Time.Advance(TimeSpan.FromSeconds(1));
        await host.Runner.RunDueAsync(default);
        Assert.Single(Api.WebhookMessages);
        Assert.Single(Api.Cards);
        Assert.Single(Api.AppChatMessages);
    }

    [Fact]
    public async Task RunDueAsync_WeComBusyAndNetworkDown_RetriesWithoutThrowing()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30)), default);
        var failures = new Queue<Exception>([new WeComApiException(-1, "system busy", "message/send"), new HttpRequestException("down")]);
        Api.Fail = _ => failures.TryDequeue(out var failure) ? failure : null;

        Time.Advance(TimeSpan.FromMinutes(20));
        await host.Runner.RunDueAsync(default);
        Time.Advance(TimeSpan.FromSeconds(10));
        await host.Runner.RunDueAsync(default);
        Assert.Empty(Api.Cards);

        Time.Advance(TimeSpan.FromSeconds(20));
        await host.Runner.RunDueAsync(default);
        Assert.Single(Api.Cards);
    }

    [Fact]
    public async Task RunDueAsync_NamedWebhookGroup_MentionsTheAttendees()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30), "Design", attendees: ["lisi", "sunqi"]), default);

        Time.Advance(TimeSpan.FromMinutes(20));
        await host.Runner.RunDueAsync(default);

        var (key, message) = Assert.Single(Api.WebhookMessages);
        Assert.Equal(ReminderTestHost.DesignKey, key);
        Assert.Equal("text", message.MsgType);
        Assert.Equal(["lisi", "sunqi"], message.Text!.MentionedList);
        Assert.Contains("Room 1 (Shenzhen Tencent Tower 18F)", message.Text.Content);
    }

    [Fact]
    public async Task RunDueAsync_UnknownWebhookGroup_SkipsOnlyThatReminder()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30), "marketing", attendees: ["lisi"]), default);

        Time.Advance(TimeSpan.FromMinutes(20));
        await host.Runner.RunDueAsync(default);

        Assert.Empty(Api.WebhookMessages);
        Assert.Single(Api.Cards);
        Assert.Single(Api.AppChatMessages);
        Assert.Null(await host.Store.NextDueAsync(default));
    }

    [Fact]
    public async Task RunDueAsync_SamePeopleAgain_ReusesTheirAppChat()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30), attendees: ["lisi", "sunqi"]), default);
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b2", ReminderTestHost.Now.AddMinutes(90), attendees: ["sunqi", "lisi"]), default);
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b3", ReminderTestHost.Now.AddMinutes(90), attendees: ["wangwu"]), default);

        Time.Advance(TimeSpan.FromMinutes(20));
        await host.Runner.RunDueAsync(default);
        Time.Advance(TimeSpan.FromMinutes(60));
        await host.Runner.RunDueAsync(default);

        Assert.Equal(2, Api.CreatedChats.Count);
        var messages = FakeWeComApi.Snapshot(Api.AppChatMessages);
        Assert.Equal(3, messages.Count);
        Assert.Equal(2, messages.Count(m => m.ChatId == "chat1"));
        Assert.Equal(["wangwu", "zhangsan"], Api.CreatedChats[1].UserList);
    }
}
