using RoomBot.Core.Conversation;
using RoomBot.Core.Reminders;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Api;

namespace RoomBot.Tests.Reminders;

/// <summary>Check-in and the release of no-shows (<c>Reminders:AutoReleaseMinutes</c>).</summary>
public sealed class AutoReleaseTests : ReminderHostTestBase
{
    private static readonly Dictionary<string, string?> ReleaseAfterTen = new() { ["Reminders:AutoReleaseMinutes"] = "10" };

    [Fact]
    public async Task RunDueAsync_NobodyCheckedIn_CancelsTheBookingAndTellsTheGroups()
    {
        var host = await StartHostAsync(settings: ReleaseAfterTen);
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30), "design", attendees: ["lisi"]), default);

        Time.Advance(TimeSpan.FromMinutes(20));
        await host.Runner.RunDueAsync(default);
        Time.Advance(TimeSpan.FromMinutes(19));
        await host.Runner.RunDueAsync(default);
        Assert.Empty(Api.Cancels);

        Time.Advance(TimeSpan.FromMinutes(1));
        await host.Runner.RunDueAsync(default);
        await host.Runner.RunDueAsync(default);

        Assert.Equal("b1", Assert.Single(Api.Cancels).BookingId);
        var groupTexts = Api.AppChatMessages.Select(m => m.Text!.Content).ToList();
        Assert.Equal(2, groupTexts.Count);
        Assert.Contains("The room is free again: Room 1", groupTexts[1]);
        Assert.Contains("Nobody checked in within 10 min", groupTexts[1]);
        Assert.Contains("The room is free again", Api.WebhookMessages[1].Message.Text!.Content);
        Assert.Contains(Api.Messages, m => m.MsgType == "text" && m.Text!.Content.Contains("was released", StringComparison.Ordinal));
        Assert.Null(await host.Store.NextDueAsync(default));
    }

    [Fact]
    public async Task RunDueAsync_CheckedIn_KeepsTheBooking()
    {
        var host = await StartHostAsync(settings: ReleaseAfterTen);
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30), attendees: ["lisi"]), default);
        Time.Advance(TimeSpan.FromMinutes(20));
        await host.Runner.RunDueAsync(default);

        var replies = await host.Conversation.HandleActionAsync(Click("lisi", ReminderActionKeys.CheckIn("b1")), default);
        Time.Advance(TimeSpan.FromMinutes(25));
        await host.Runner.RunDueAsync(default);

        Assert.Equal("Checked in", Assert.IsType<BotReply.UpdateButton>(Assert.Single(replies)).ReplaceName);
        Assert.Empty(Api.Cancels);
        Assert.Single(Api.AppChatMessages);
    }

    [Fact]
    public async Task RunDueAsync_CancelBookFails_KeepsTheBookingAndRetries()
    {
        var host = await StartHostAsync(settings: ReleaseAfterTen);
        await host.Reminders.ScheduleAsync(ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30)), default);
        var failures = 1;
        Api.Fail = path => path.EndsWith("cancel_book", StringComparison.Ordinal) && failures-- > 0
            ? new WeComApiException(-1, "system busy", path)
            : null;

        Time.Advance(TimeSpan.FromMinutes(40));
        await host.Runner.RunDueAsync(default);
        Assert.Null((await host.Store.FindAsync("b1", default))!.ReleasedAt);

        Time.Advance(TimeSpan.FromSeconds(10));
        await host.Runner.RunDueAsync(default);
        Assert.Single(Api.Cancels);
        Assert.NotNull((await host.Store.FindAsync("b1", default))!.ReleasedAt);
    }

    [Fact]
    public async Task RunDueAsync_AutoReleaseOff_NeverCancels()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30)), default);

        Time.Advance(TimeSpan.FromMinutes(20));
        await host.Runner.RunDueAsync(default);
        Time.Advance(TimeSpan.FromMinutes(30));
        await host.Runner.RunDueAsync(default);

        Assert.Empty(Api.Cancels);
        Assert.Null(await host.Store.NextDueAsync(default));
    }

    private static IncomingMessage Click(string user, string key) =>
        new(IncomingKind.CardAction, user, ReminderTestHost.Now) { ActionKey = key, CardTaskId = "rb-remind-1" };
}
