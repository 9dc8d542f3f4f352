using System.Collections.Concurrent;
using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Benchmarks.Reminders;

/// <summary>A WeCom stand-in that notes when each booker card arrives; an optional delay plays WeCom's latency.</summary>
internal sealed class CountingWeComApi(TimeSpan latency) : IWeComApi
{
    private int chats;
    private int groupMessages;

    public ConcurrentDictionary<string, DateTimeOffset> CardArrivals { get; } = new();
    public int GroupMessages => Volatile.Read(ref groupMessages);
    public int ChatsCreated => Volatile.Read(ref chats);

    public async Task<MessageSendResponse> SendMessageAsync(AppMessage message, CancellationToken ct = default)
    {
        await PauseAsync(ct);
        var key = message.TemplateCard?.ButtonList?[0].Key ?? "";
        CardArrivals.TryAdd(key["checkin:".Length..], TimeProvider.System.GetUtcNow());
        return new MessageSendResponse { ResponseCode = "rc" };
    }

    public async Task<string> CreateAppChatAsync(AppChatCreateRequest request, CancellationToken ct = default)
    {
        await PauseAsync(ct);
        return $"chat{Interlocked.Increment(ref chats)}";
    }

    public async Task SendAppChatAsync(AppChatMessage message, CancellationToken ct = default)
    {
        await PauseAsync(ct);
        Interlocked.Increment(ref groupMessages);
    }

    public Task SendWebhookAsync(string key, WebhookMessage message, CancellationToken ct = default) => PauseAsync(ct);

    public Task CancelBookAsync(CancelBookRequest request, CancellationToken ct = default) => PauseAsync(ct);

    public Task<IReadOnlyList<MeetingRoom>> ListMeetingRoomsAsync(MeetingRoomQuery? query = null, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<RoomBookings>> GetBookingInfoAsync(BookingInfoQuery query, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task<BookResponse> BookAsync(BookRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task<SeriesBookResponse> BookByScheduleAsync(BookByScheduleRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task<SeriesBookResponse> BookByMeetingAsync(BookByMeetingRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task<BookInfoResponse> GetBookInfoAsync(BookInfoRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task<string> AddScheduleAsync(ScheduleAddRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task<string> CreateMeetingAsync(MeetingCreateRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task UpdateTemplateCardAsync(UpdateTemplateCardRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<DirectoryUser>> ListUsersAsync(int departmentId = 1, CancellationToken ct = default) =>
        throw new NotSupportedException();

    private Task PauseAsync(CancellationToken ct) => latency > TimeSpan.Zero ? Task.Delay(latency, ct) : Task.CompletedTask;
}
