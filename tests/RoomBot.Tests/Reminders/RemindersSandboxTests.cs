using Microsoft.Extensions.DependencyInjection;
using RoomBot.Core.Parsing;
using RoomBot.Core.Reminders;
using RoomBot.Reminders;
using RoomBot.Sandbox.Chat;
using RoomBot.Sandbox.Storage;
using RoomBot.Tests.Infrastructure;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Tests.Reminders;

/// <summary>
/// The whole path against the real sandbox: the bot's typed WeCom client over HTTP, appchat/create|send and
/// webhook/send landing in the sandbox's group panes, message/send in the booker's chat, cancel_book freeing the room.
/// </summary>
public sealed class RemindersSandboxTests : IAsyncLifetime
{
    private RoomBotApplication app = null!;

    public Task InitializeAsync()
    {
        app = new RoomBotApplication(new Dictionary<string, string?>
        {
            ["WeCom:ApiBaseUrl"] = "http://localhost",
            ["Reminders:AutoReleaseMinutes"] = "10",
        });
        app.WithServices(s =>
        {
            s.AddHttpClient<IWeComApi, WeComApiClient>().ConfigurePrimaryHttpMessageHandler(() => app.Server.CreateHandler());
            // Passes are run by the test, so what was sent is known when they return.
            s.Remove(s.Single(d => d.ImplementationType == typeof(ReminderWorker)));
        });
        app.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task RunDueAsync_BookedInTheSandbox_RemindersReachTheGroupPanesAndTheNoShowIsReleased()
    {
        var start = RoomBotApplication.DefaultNow.AddMinutes(30);
        var booking = await WithApiAsync(api => api.BookAsync(new BookRequest
        {
            MeetingRoomId = 1, Subject = "周会", StartTime = start.ToUnixTimeSeconds(),
            EndTime = start.AddHours(1).ToUnixTimeSeconds(), Booker = "zhangsan", Attendees = ["lisi", "sunqi"],
        }));
        await app.Services.GetRequiredService<IMeetingReminders>().ScheduleAsync(new ScheduledMeeting(booking.BookingId, 1,
            "1号会议室", "深圳 腾讯大厦 18F", start, start.AddHours(1), "zhangsan", ["lisi", "sunqi"], "周会", "design",
            Language.Chinese), default);

        app.Time.Advance(TimeSpan.FromMinutes(20));
        await RunDueAsync();
        var groups = await SandboxAsync(chat => chat.GroupsAsync(default));
        var appChat = Assert.Single(groups, g => g.Kind == SandboxGroupKind.AppChat);
        var robot = Assert.Single(groups, g => g.Kind == SandboxGroupKind.Robot && g.Name == "design");
        var chatReminder = Assert.Single(await SandboxAsync(chat => chat.GroupMessagesAsync(appChat.GroupId, default)));
        var robotReminder = Assert.Single(await SandboxAsync(chat => chat.GroupMessagesAsync(robot.GroupId, default)));
        var card = Assert.Single(await SandboxAsync(chat => chat.ConversationAsync("zhangsan", default)), m => m.FromBot);

        Assert.Equal(["lisi", "sunqi", "zhangsan"], appChat.Members.Order());
        Assert.Contains("10分钟后开始「周会」", chatReminder.ContentJson, StringComparison.Ordinal);
        Assert.Contains("\"mentioned_list\":[\"lisi\",\"sunqi\"]", robotReminder.ContentJson, StringComparison.Ordinal);
        Assert.Equal("template_card", card.MsgType);
        Assert.Contains("checkin:" + booking.BookingId, card.ContentJson, StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromMinutes(20));
        await RunDueAsync();
        await RunDueAsync();
        var info = await WithApiAsync(api => api.GetBookInfoAsync(new BookInfoRequest { MeetingRoomId = 1, BookingId = booking.BookingId }));

        Assert.Equal(BookingStatus.Cancelled, info.Schedule!.Status);
        Assert.Contains("会议室已释放", (await SandboxAsync(chat => chat.GroupMessagesAsync(appChat.GroupId, default)))[^1].ContentJson,
            StringComparison.Ordinal);
    }

    private async Task RunDueAsync() => await app.Services.GetRequiredService<ReminderRunner>().RunDueAsync(default);

    private async Task<T> WithApiAsync<T>(Func<IWeComApi, Task<T>> call)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<IWeComApi>());
    }

    private async Task<T> SandboxAsync<T>(Func<SandboxChatService, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<SandboxChatService>());
    }
}
