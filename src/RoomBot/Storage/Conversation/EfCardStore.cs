using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RoomBot.Core.Conversation.Stores;
using RoomBot.Core.Parsing;

namespace RoomBot.Storage.Conversation;

/// <summary>
/// The cards the bot sent, in the bot's database. Closing a card is one conditional UPDATE (state = open), so of two
/// clicks — or two instances — exactly one wins, in SQLite and PostgreSQL alike.
/// </summary>
internal sealed class EfCardStore(BotDbContext db) : ICardStore
{
    private DbSet<SentCard> Cards => db.Set<SentCard>();

    public async Task SaveAsync(CardRecord card, CancellationToken ct)
    {
        Cards.Add(ToRow(card));
        await db.SaveChangesAsync(ct);
    }

    public async Task<CardRecord?> FindAsync(string taskId, CancellationToken ct) =>
        await Cards.AsNoTracking().FirstOrDefaultAsync(c => c.TaskId == taskId, ct) is { } row ? ToRecord(row) : null;

    public async Task<bool> TryCloseAsync(string taskId, CardState state, CancellationToken ct) =>
        await Cards.Where(c => c.TaskId == taskId && c.State == (int)CardState.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, (int)state), ct) == 1;

    public Task ReopenAsync(string taskId, CancellationToken ct) =>
        Cards.Where(c => c.TaskId == taskId).ExecuteUpdateAsync(s => s.SetProperty(c => c.State, (int)CardState.Open), ct);

    public Task MarkSentAsync(string taskId, string? responseCode, CancellationToken ct) =>
        Cards.Where(c => c.TaskId == taskId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ResponseCode, responseCode), ct);

    public async Task<IReadOnlyList<CardRecord>> FindOpenByBookingAsync(string bookingId, CancellationToken ct) =>
        (await Cards.AsNoTracking()
            .Where(c => c.BookingId == bookingId && c.Kind == (int)CardKind.Booking && c.State == (int)CardState.Open)
            .ToListAsync(ct)).Select(ToRecord).ToList();

    public Task RelinkAsync(string taskId, string bookingId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct) =>
        Cards.Where(c => c.TaskId == taskId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.BookingId, bookingId)
            .SetProperty(c => c.StartTime, start.ToUnixTimeSeconds())
            .SetProperty(c => c.EndTime, end.ToUnixTimeSeconds()), ct);

    public async Task<IReadOnlyList<CardRecord>> FindOpenByRoomAsync(int meetingRoomId, DateTimeOffset now, CancellationToken ct)
    {
        var at = now.ToUnixTimeSeconds();
        return (await Cards.AsNoTracking()
            .Where(c => c.MeetingRoomId == meetingRoomId && c.Kind == (int)CardKind.Booking && c.State == (int)CardState.Open)
            .Where(c => c.EndTime == null || c.EndTime > at)
            .ToListAsync(ct)).Select(ToRecord).ToList();
    }

    public async Task<CardRecord?> LatestOpenChoiceAsync(string userId, DateTimeOffset since, CancellationToken ct)
    {
        var after = since.ToUnixTimeSeconds();
        var row = await Cards.AsNoTracking()
            .Where(c => c.UserId == userId && c.Kind != (int)CardKind.Booking && c.State == (int)CardState.Open && c.CreatedAt >= after)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(ct);
        return row is null ? null : ToRecord(row);
    }

    public async Task<IReadOnlyList<int>> RecentRoomsAsync(string booker, int take, CancellationToken ct) =>
        await Cards.AsNoTracking()
            .Where(c => c.Booker == booker && c.Kind == (int)CardKind.Booking && c.MeetingRoomId != null)
            .OrderByDescending(c => c.CreatedAt)
            .Take(take)
            .Select(c => c.MeetingRoomId!.Value)
            .ToListAsync(ct);

    private static SentCard ToRow(CardRecord card) => new()
    {
        TaskId = card.TaskId,
        Kind = (int)card.Kind,
        UserId = card.UserId,
        Language = (int)card.Language,
        CreatedAt = card.CreatedAt.ToUnixTimeSeconds(),
        State = (int)card.State,
        BookingId = card.BookingId,
        MeetingRoomId = card.MeetingRoomId,
        Booker = card.Booker,
        StartTime = card.Start?.ToUnixTimeSeconds(),
        EndTime = card.End?.ToUnixTimeSeconds(),
        RequestJson = card.Request is null ? null : RequestJson.Serialize(card.Request),
        ChoiceKeys = card.ChoiceKeys.Count == 0 ? null : JsonSerializer.Serialize(card.ChoiceKeys),
        ResponseCode = card.ResponseCode,
    };

    private static CardRecord ToRecord(SentCard row) =>
        new(row.TaskId, (CardKind)row.Kind, row.UserId, (Language)row.Language, DateTimeOffset.FromUnixTimeSeconds(row.CreatedAt))
        {
            State = (CardState)row.State,
            BookingId = row.BookingId,
            MeetingRoomId = row.MeetingRoomId,
            Booker = row.Booker,
            Start = row.StartTime is { } s ? DateTimeOffset.FromUnixTimeSeconds(s) : null,
            End = row.EndTime is { } e ? DateTimeOffset.FromUnixTimeSeconds(e) : null,
            Request = RequestJson.Deserialize(row.RequestJson),
            ChoiceKeys = row.ChoiceKeys is { } keys ? JsonSerializer.Deserialize<List<string>>(keys) ?? [] : [],
            ResponseCode = row.ResponseCode,
        };
}
