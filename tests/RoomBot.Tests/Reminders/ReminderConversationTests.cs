using RoomBot.Core.Conversation;
using RoomBot.Core.Reminders;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Api;

namespace RoomBot.Tests.Reminders;

public sealed class ReminderConversationTests : ReminderHostTestBase
{
    [Fact]
    public async Task HandleActionAsync_BookerReleases_CancelsOnceAndTellsTheGroup()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30), attendees: ["lisi"]), default);
        Time.Advance(TimeSpan.FromMinutes(20));
        await host.Runner.RunDueAsync(default);

        var first = await host.Conversation.HandleActionAsync(Click("zhangsan", ReminderActionKeys.Release("b1")), default);
        var again = await host.Conversation.HandleActionAsync(Click("zhangsan", ReminderActionKeys.Release("b1")), default);
        // WeCom reports the bot's own cancel_book as a cancel_meeting_room event: the notice must survive it.
        await host.Reminders.CancelAsync("b1", default);
        await host.Runner.RunDueAsync(default);

        Assert.Equal("Released", Assert.IsType<BotReply.UpdateButton>(Assert.Single(first)).ReplaceName);
        Assert.Equal("Released", Assert.IsType<BotReply.UpdateButton>(Assert.Single(again)).ReplaceName);
        Assert.Equal("b1", Assert.Single(Api.Cancels).BookingId);
        Assert.Contains("zhangsan released the booking", Api.AppChatMessages[^1].Text!.Content);
    }

    [Fact]
    public async Task HandleActionAsync_SomeoneElseReleases_IsRefused()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30), attendees: ["lisi"]), default);

        var replies = await host.Conversation.HandleActionAsync(Click("lisi", ReminderActionKeys.Release("b1")), default);

        Assert.Contains("Only the booker", Assert.IsType<BotReply.Text>(Assert.Single(replies)).Content);
        Assert.Empty(Api.Cancels);
    }

    [Fact]
    public async Task HandleActionAsync_StrangerChecksIn_IsRefusedAndTheNoShowIsStillReleased()
    {
        var host = await StartHostAsync(settings: new Dictionary<string, string?> { ["Reminders:AutoReleaseMinutes"] = "10" });
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30), attendees: ["lisi"]), default);

        var replies = await host.Conversation.HandleActionAsync(Click("wangwu", ReminderActionKeys.CheckIn("b1")), default);
        Time.Advance(TimeSpan.FromMinutes(40));
        await host.Runner.RunDueAsync(default);

        Assert.Contains("Only the people of this meeting", Assert.IsType<BotReply.Text>(Assert.Single(replies)).Content);
        Assert.Null((await host.Store.FindAsync("b1", default))!.CheckedInBy);
        Assert.Equal("b1", Assert.Single(Api.Cancels).BookingId);
    }

    [Fact]
    public async Task HandleActionAsync_CancelBookRefused_ReportsTheErrorAndKeepsTheBooking()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30)), default);
        Api.Fail = path => new WeComApiException(90499, "不可取消其由他应用预定的会议室", path);

        var replies = await host.Conversation.HandleActionAsync(Click("zhangsan", ReminderActionKeys.Release("b1")), default);

        Assert.Contains("90499", Assert.IsType<BotReply.Text>(Assert.Single(replies)).Content);
        Assert.Null((await host.Store.FindAsync("b1", default))!.ReleasedAt);
    }

    [Fact]
    public async Task HandleActionAsync_CancelledBooking_SaysSo()
    {
        var host = await StartHostAsync();
        await host.Reminders.ScheduleAsync(ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30)), default);
        await host.Reminders.CancelAsync("b1", default);

        var replies = await host.Conversation.HandleActionAsync(Click("zhangsan", ReminderActionKeys.CheckIn("b1")), default);

        Assert.Equal("Booking cancelled", Assert.IsType<BotReply.UpdateButton>(Assert.Single(replies)).ReplaceName);
    }

    [Theory]
    [InlineData("checkin:b1", true)]
    [InlineData("release:b1", true)]
    [InlineData("book:1", false)]
    [InlineData("checkin:", false)]
    public async Task CanHandleAction_Key_OnlyReminderButtons(string key, bool expected)
    {
        var host = await StartHostAsync();

        Assert.Equal(expected, host.Conversation.CanHandleAction(key));
    }

    [Fact]
    public async Task TryHandleTextAsync_AddGroup_RemindersReachThatRobot()
    {
        var host = await StartHostAsync();

        var replies = await host.Conversation.TryHandleTextAsync(Text("add group Ops ops-robot-key-0002"), default);
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30), "ops", attendees: ["lisi"]), default);
        Time.Advance(TimeSpan.FromMinutes(20));
        await host.Runner.RunDueAsync(default);

        Assert.Contains("Group \"Ops\" added", Assert.IsType<BotReply.Text>(Assert.Single(replies!)).Content);
        Assert.Equal("ops-robot-key-0002", Assert.Single(Api.WebhookMessages).Key);
    }

    [Fact]
    public async Task TryHandleTextAsync_ChineseWebhookAddress_StoresItsKey()
    {
        var host = await StartHostAsync();

        var replies = await host.Conversation.TryHandleTextAsync(
            Text("添加群 设计组 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"), default);
        await host.Reminders.ScheduleAsync(
            ReminderTestHost.Meeting("b1", ReminderTestHost.Now.AddMinutes(30), "设计组", attendees: ["lisi"]), default);
        Time.Advance(TimeSpan.FromMinutes(20));
        await host.Runner.RunDueAsync(default);

        Assert.StartsWith("已添加群「设计组」", Assert.IsType<BotReply.Text>(Assert.Single(replies!)).Content, StringComparison.Ordinal);
        Assert.Equal("693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa", Assert.Single(Api.WebhookMessages).Key);
    }

    [Fact]
    public async Task TryHandleTextAsync_ConfiguredGroup_IsNotReplaced()
    {
        var host = await StartHostAsync();

        var replies = await host.Conversation.TryHandleTextAsync(Text("add group design other-key-00003"), default);

        Assert.Contains("cannot be changed", Assert.IsType<BotReply.Text>(Assert.Single(replies!)).Content);
    }

    [Theory]
    [InlineData("book room 3 at 3pm")]
    [InlineData("add group design")]
    [InlineData("明天下午3点订1号会议室")]
    public async Task TryHandleTextAsync_OtherText_IsNotMine(string text)
    {
        var host = await StartHostAsync();

        Assert.Null(await host.Conversation.TryHandleTextAsync(Text(text), default));
    }

    [Fact]
    public async Task TryHandleTextAsync_NotAKey_AsksForTheRobotKey()
    {
        var host = await StartHostAsync();

        var replies = await host.Conversation.TryHandleTextAsync(Text("add group ops pleaseremind!"), default);

        Assert.Contains("does not look like a group robot key", Assert.IsType<BotReply.Text>(Assert.Single(replies!)).Content);
    }

    private static IncomingMessage Click(string user, string key) =>
        new(IncomingKind.CardAction, user, ReminderTestHost.Now) { ActionKey = key, CardTaskId = "rb-remind-1" };

    private static IncomingMessage Text(string text) =>
        new(IncomingKind.Text, "zhangsan", ReminderTestHost.Now) { Text = text };
}
