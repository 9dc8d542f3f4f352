using Microsoft.Extensions.DependencyInjection;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Parsing;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Conversation;

/// <summary>The card and pending-question stores on the real SQLite database, each call in its own scope like a turn.</summary>
public class ConversationStoresTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 1, 0, 0, TimeSpan.Zero);
    private RoomBotApplication? _created;

    private RoomBotApplication Host => _created ??= new RoomBotApplication(DatabaseSettings);

    /// <summary>Settings that move the host off its own SQLite file (<see cref="ConversationStoresPostgresTests"/>).</summary>
    protected virtual IDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>();

    public virtual Task InitializeAsync()
    {
        _ = Host.Server; // starts the host: the schema is migrated at start-up
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<T> CardsAsync<T>(Func<ICardStore, Task<T>> work) => InScopeAsync(sp => work(sp.GetRequiredService<ICardStore>()));

    private Task<T> PendingAsync<T>(Func<IPendingRequestStore, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<IPendingRequestStore>()));

    private static CardRecord Card(string taskId, CardKind kind = CardKind.Booking, int room = 2, DateTimeOffset? at = null) =>
        new(taskId, kind, "zhangsan", Language.Chinese, at ?? Now)
        {
            BookingId = "bk-" + taskId, MeetingRoomId = room, Booker = "zhangsan", Start = Now.AddHours(5), End = Now.AddHours(6),
        };

    [Fact]
    public async Task TryCloseAsync_EightConcurrentClicks_ExactlyOneWins()
    {
        await CardsAsync(async s => { await s.SaveAsync(Card("t1"), default); return 0; });

        var wins = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => CardsAsync(s => s.TryCloseAsync("t1", CardState.Cancelled, default)))));

        Assert.Single(wins, w => w);
        Assert.Equal(CardState.Cancelled, (await CardsAsync(s => s.FindAsync("t1", default)))!.State);
    }

    [Fact]
    public async Task RelinkAsync_RebookedSchedule_CardFollowsTheNewBooking()
    {
        await CardsAsync(async s => { await s.SaveAsync(Card("t1"), default); return 0; });

        await CardsAsync(async s => { await s.RelinkAsync("t1", "bk-new", Now.AddHours(7), Now.AddHours(8), default); return 0; });

        var card = Assert.Single(await CardsAsync(s => s.FindOpenByBookingAsync("bk-new", default)));
        Assert.Equal((Now.AddHours(7), Now.AddHours(8)), (card.Start!.Value, card.End!.Value));
        Assert.Empty(await CardsAsync(s => s.FindOpenByBookingAsync("bk-t1", default)));
    }

    [Fact]
    public async Task ReopenAsync_AfterAFailedAction_TheCardCanCloseAgain()
    {
        await CardsAsync(async s => { await s.SaveAsync(Card("t1"), default); return 0; });
        await CardsAsync(s => s.TryCloseAsync("t1", CardState.Cancelled, default));

        await CardsAsync(async s => { await s.ReopenAsync("t1", default); return 0; });

        Assert.True(await CardsAsync(s => s.TryCloseAsync("t1", CardState.Cancelled, default)));
    }

    [Fact]
    public async Task SaveAsync_ThenFind_KeepsTheRequestChoicesAndResponseCode()
    {
        var request = new ParsedRequest
        {
            Intent = Intent.Book, Language = Language.Chinese, Attendees = ["lisi"], Subject = "周会",
            Recurrence = new Recurrence(RecurrenceFrequency.Weekly), ReminderGroup = "design", Start = Now,
        };
        await CardsAsync(async s =>
        {
            await s.SaveAsync(Card("t1", CardKind.Alternatives) with { Request = request, ChoiceKeys = ["book:1:1:2", "book:2:1:2"] }, default);
            await s.MarkSentAsync("t1", "rc-1", default);
            return 0;
        });

        var found = await CardsAsync(s => s.FindAsync("t1", default));

        Assert.NotNull(found);
        Assert.Equal(["book:1:1:2", "book:2:1:2"], found.ChoiceKeys);
        Assert.Equal("rc-1", found.ResponseCode);
        Assert.Equal(Language.Chinese, found.Language);
        Assert.Equal(RequestJson.Serialize(request), RequestJson.Serialize(found.Request!));
        Assert.Equal(RecurrenceFrequency.Weekly, found.Request!.Recurrence!.Frequency);
    }

    [Fact]
    public async Task FindOpenByRoomAsync_OnlyOpenBookingCardsNotYetOver()
    {
        await CardsAsync(async s =>
        {
            await s.SaveAsync(Card("open"), default);
            await s.SaveAsync(Card("closed"), default);
            await s.TryCloseAsync("closed", CardState.Cancelled, default);
            await s.SaveAsync(Card("over") with { End = Now.AddHours(-1) }, default);
            await s.SaveAsync(Card("other-room", room: 7), default);
            await s.SaveAsync(Card("choice", CardKind.CancelChoice), default);
            return 0;
        });

        var open = await CardsAsync(s => s.FindOpenByRoomAsync(2, Now, default));

        Assert.Equal("open", Assert.Single(open).TaskId);
    }

    [Fact]
    public async Task RecentRoomsAsync_NewestFirst()
    {
        await CardsAsync(async s =>
        {
            await s.SaveAsync(Card("a", room: 1, at: Now.AddDays(-2)), default);
            await s.SaveAsync(Card("b", room: 7, at: Now.AddDays(-1)), default);
            return 0;
        });

        Assert.Equal([7, 1], await CardsAsync(s => s.RecentRoomsAsync("zhangsan", 10, default)));
    }

    [Fact]
    public async Task PendingQuestion_SavedTwiceThenRead_TheNewestUntilItExpires()
    {
        var first = new ParsedRequest { Intent = Intent.Book, MeetingRoomId = 1, Clarify = "When?" };
        var second = first with { MeetingRoomId = 2 };
        await PendingAsync(async s =>
        {
            await s.SaveAsync("zhangsan", first, Now.AddMinutes(10), default);
            await s.SaveAsync("zhangsan", second, Now.AddMinutes(10), default);
            return 0;
        });

        Assert.Equal(2, (await PendingAsync(s => s.GetAsync("zhangsan", Now.AddMinutes(9), default)))!.MeetingRoomId);
        Assert.Null(await PendingAsync(s => s.GetAsync("lisi", Now, default)));
        Assert.Null(await PendingAsync(s => s.GetAsync("zhangsan", Now.AddMinutes(10), default)));
        Assert.Null(await PendingAsync(s => s.GetAsync("zhangsan", Now, default))); // the expired one was removed
    }
}
