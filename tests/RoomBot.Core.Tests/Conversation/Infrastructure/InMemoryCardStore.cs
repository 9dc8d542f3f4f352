using RoomBot.Core.Conversation.Stores;

namespace RoomBot.Core.Tests.Conversation.Infrastructure;

/// <summary>The card store's contract in memory, atomic under a lock like the database's conditional update.</summary>
public sealed class InMemoryCardStore : ICardStore
{
    private readonly Dictionary<string, CardRecord> _cards = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<CardRecord> All
    {
        get
        {
            lock (_lock)
            {
                return _cards.Values.ToList();
            }
        }
    }

    public Task SaveAsync(CardRecord card, CancellationToken ct)
    {
        lock (_lock)
        {
            _cards[card.TaskId] = card;
        }

        return Task.CompletedTask;
    }

    public Task<CardRecord?> FindAsync(string taskId, CancellationToken ct)
    {
        lock (_lock)
        {
            return Task.FromResult(_cards.GetValueOrDefault(taskId));
        }
    }

    public Task<bool> TryCloseAsync(string taskId, CardState state, CancellationToken ct)
    {
        lock (_lock)
        {
            if (!_cards.TryGetValue(taskId, out var card) || card.State != CardState.Open)
            {
                return Task.FromResult(false);
            }

            _cards[taskId] = card with { State = state };
            return Task.FromResult(true);
        }
    }

    public Task ReopenAsync(string taskId, CancellationToken ct)
    {
        lock (_lock)
        {
            if (_cards.TryGetValue(taskId, out var card))
            {
                _cards[taskId] = card with { State = CardState.Open };
            }
        }

        return Task.CompletedTask;
    }

    public Task MarkSentAsync(string taskId, string? responseCode, CancellationToken ct)
    {
        lock (_lock)
        {
            if (_cards.TryGetValue(taskId, out var card))
            {
                _cards[taskId] = card with { ResponseCode = responseCode };
            }
        }

        return Task.CompletedTask;
    }

    public Task RelinkAsync(string taskId, string bookingId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        lock (_lock)
        {
            if (_cards.TryGetValue(taskId, out var card))
            {
                _cards[taskId] = card with { BookingId = bookingId, Start = start, End = end };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CardRecord>> FindOpenByBookingAsync(string bookingId, CancellationToken ct)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<CardRecord>>(_cards.Values
                .Where(c => c.BookingId == bookingId && c.Kind == CardKind.Booking && c.State == CardState.Open).ToList());
        }
    }

    public Task<IReadOnlyList<CardRecord>> FindOpenByRoomAsync(int meetingRoomId, DateTimeOffset now, CancellationToken ct)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<CardRecord>>(_cards.Values
                .Where(c => c.MeetingRoomId == meetingRoomId && c.Kind == CardKind.Booking && c.State == CardState.Open)
                .Where(c => c.End is null || c.End > now).ToList());
        }
    }

    public Task<CardRecord?> LatestOpenChoiceAsync(string userId, DateTimeOffset since, CancellationToken ct)
    {
        lock (_lock)
        {
            return Task.FromResult(_cards.Values
                .Where(c => c.UserId == userId && c.Kind != CardKind.Booking && c.State == CardState.Open && c.CreatedAt >= since)
                .OrderByDescending(c => c.CreatedAt).FirstOrDefault());
        }
    }

    public Task<IReadOnlyList<int>> RecentRoomsAsync(string booker, int take, CancellationToken ct)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<int>>(_cards.Values
                .Where(c => c.Kind == CardKind.Booking && c.Booker == booker && c.MeetingRoomId is not null)
                .OrderByDescending(c => c.CreatedAt).Take(take).Select(c => c.MeetingRoomId!.Value).ToList());
        }
    }
}
