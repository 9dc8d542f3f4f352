using Microsoft.Extensions.DependencyInjection;
using RoomBot.Core.Reminders;
using RoomBot.Tests.Sandbox;

namespace RoomBot.Tests.Conversation;

/// <summary>The seam with the reminders (issue 6): what the conversation books is reminded; what it cancels is not.</summary>
public sealed class ConversationRemindersTests : IAsyncLifetime
{
    private LiveBot _bot = null!;

    public Task InitializeAsync()
    {
        _bot = LiveBot.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static bool HasCard(IReadOnlyList<ChatMessage> after) => after.Any(m => m.FromBot && m.IsCard);

    [Fact]
    public async Task Booked_WithAReminderGroup_TheGroupIsRemindedBeforeTheMeeting()
    {
        await _bot.SayAsync("zhangsan", "book room 2 tomorrow 3pm to 4pm with lisi, remind design", HasCard);

        // Tomorrow 14:50 Shanghai: Reminders:LeadMinutes (10) before the start.
        _bot.Time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 6, 50, 0, TimeSpan.Zero));

        await _bot.WaitUntilAsync(async () => (await _bot.GroupMessagesAsync("design"))
                .Any(m => m.GetRawText().Contains("2号会议室", StringComparison.Ordinal)),
            () => "a reminder in the design group");
    }

    [Fact]
    public async Task CancelledFromTheCard_NoReminderLater()
    {
        var card = (await _bot.SayAsync("zhangsan", "book room 2 tomorrow 3pm to 4pm with lisi, remind design", HasCard)).Single(m => m.IsCard);
        await _bot.ClickAsync("zhangsan", card.Id, card.Buttons.Single().Key,
            after => after.Any(m => m.Text.StartsWith("Cancelled", StringComparison.Ordinal)));

        // Another booking due at the same moment proves the worker has passed the due time when we look.
        await _bot.SayAsync("lisi", "book room 1 tomorrow 3pm to 4pm with wangwu, remind design", HasCard);

        _bot.Time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 6, 50, 0, TimeSpan.Zero));

        await _bot.WaitUntilAsync(async () => (await _bot.GroupMessagesAsync("design"))
                .Any(m => m.GetRawText().Contains("1号会议室", StringComparison.Ordinal)),
            () => "the other booking's reminder");
        Assert.DoesNotContain(await _bot.GroupMessagesAsync("design"), m => m.GetRawText().Contains("2号会议室", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CancelledInTheClientPanel_CardGreyedAndRemindersGone()
    {
        var card = (await _bot.SayAsync("zhangsan", "book room 2 tomorrow 3pm to 4pm with lisi, remind design", HasCard)).Single(m => m.IsCard);
        var bookingId = card.Buttons.Single().Key.Split(':')[2];
        var store = _bot.Host.Services.GetRequiredService<IReminderStore>();
        Assert.Null((await store.FindAsync(bookingId, CancellationToken.None))!.CancelledAt);

        await _bot.Host.InClientAsync(async client =>
        {
            await client.CancelAsync(bookingId, CancellationToken.None);
            return true;
        });

        // cancel_meeting_room with its BookingId (95333) reaches the bot through the real callback.
        await _bot.RepliesAsync("zhangsan", 0, all => all.Any(m => m.Id == card.Id && m.ReplacedName == "Cancelled"));
        await _bot.WaitUntilAsync(async () => (await store.FindAsync(bookingId, CancellationToken.None))?.CancelledAt is not null,
            () => "the booking's reminders dropped");
        Assert.Equal(0, _bot.Calls("/cgi-bin/oa/meetingroom/cancel_book"));
    }
}
