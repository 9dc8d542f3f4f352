using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Conversation;

/// <summary>
/// The whole product on PostgreSQL: the bot and the sandbox (its own migrations and history table) in one database,
/// a booking made in chat and cancelled from its card, a restart keeping both.
/// </summary>
public sealed class SandboxOnPostgresTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private LiveBot _bot = null!;

    public async Task InitializeAsync()
    {
        await database.ResetAsync();
        _bot = LiveBot.Start(host =>
        {
            foreach (var (key, value) in database.Settings)
            {
                host.WithSetting(key, value);
            }
        });
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task BookThenCancelFromTheCard_AfterARestart_WorksOnPostgreSql()
    {
        var card = (await _bot.SayAsync("zhangsan", "book room 2 tomorrow 3pm to 4pm", after => after.Any(m => m.FromBot && m.IsCard)))
            .Single(m => m.IsCard);
        var bookingId = card.Buttons.Single().Key.Split(':')[2];
        Assert.Equal(0, await _bot.BookingStatusAsync(2, bookingId));

        _bot = await _bot.RestartAsync();
        await _bot.ClickAsync("zhangsan", card.Id, card.Buttons.Single().Key,
            after => after.Any(m => m.FromBot && m.Text.StartsWith("Cancelled", StringComparison.Ordinal)));

        Assert.Equal(1, await _bot.BookingStatusAsync(2, bookingId));
        Assert.Equal(1, _bot.Calls("/cgi-bin/oa/meetingroom/cancel_book"));
    }
}
