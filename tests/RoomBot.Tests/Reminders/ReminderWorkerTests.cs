namespace RoomBot.Tests.Reminders;

/// <summary>The background worker on a fake clock: no sleeping, the test moves time and waits for the calls.</summary>
public sealed class ReminderWorkerTests : ReminderHostTestBase
{
    [Fact]
    public async Task ExecuteAsync_LeadTimeReached_SendsTheReminder()
    {
        var host = await StartHostAsync(worker: true);
        await host.Reminders.ScheduleAsync(ReminderTestHost.Meeting("early", ReminderTestHost.Now.AddMinutes(59)), default);
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(60), attendees: ["lisi"]), default);

        Time.Advance(TimeSpan.FromMinutes(49));
        await Api.WaitUntilAsync(() => HasCard("early"));
        Assert.False(HasCard("b1"));

        Time.Advance(TimeSpan.FromMinutes(1));
        await Api.WaitUntilAsync(() => HasCard("b1") && FakeWeComApi.Snapshot(Api.AppChatMessages).Count == 1);
    }

    [Fact]
    public async Task ExecuteAsync_RestartedOnTheSameDatabase_SendsEachReminderOnce()
    {
        var before = await StartHostAsync(worker: true);
        await before.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30), attendees: ["lisi"]), default);
        await before.Reminders.ScheduleAsync(ReminderTestHost.Meeting("later", ReminderTestHost.Now.AddMinutes(90)), default);
        await StopHostAsync(before);

        // Down while b1's reminder fell due; its meeting has not started yet, so it still goes out after the restart.
        Time.Advance(TimeSpan.FromMinutes(25));
        var after = await StartHostAsync(worker: true);
        await Api.WaitUntilAsync(() => HasCard("b1") && FakeWeComApi.Snapshot(Api.AppChatMessages).Count == 1);
        await StopHostAsync(after);

        await StartHostAsync(worker: true);
        Time.Advance(TimeSpan.FromMinutes(55));
        await Api.WaitUntilAsync(() => HasCard("later"));

        Assert.Single(Api.Cards, c => c.TemplateCard!.ButtonList![0].Key == "checkin:b1");
        Assert.Single(FakeWeComApi.Snapshot(Api.AppChatMessages));
        Assert.Single(Api.CreatedChats);
    }

    private bool HasCard(string bookingId) =>
        Api.Cards.Any(c => c.TemplateCard!.ButtonList![0].Key == "checkin:" + bookingId);
}
