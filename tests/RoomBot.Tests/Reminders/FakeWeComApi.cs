using RoomBot.WeCom.Api;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Tests.Reminders;

/// <summary>Records what the reminders send; can fail or hold a call to test retries and concurrent runners.</summary>
internal sealed class FakeWeComApi : IWeComApi
{
    private readonly Lock gate = new();
    private readonly SemaphoreSlim called = new(0);
    private int chatNumber;

    public List<AppChatCreateRequest> CreatedChats { get; } = [];
    public List<AppChatMessage> AppChatMessages { get; } = [];
    public List<(string Key, WebhookMessage Message)> WebhookMessages { get; } = [];
    public List<AppMessage> Messages { get; } = [];
    public List<CancelBookRequest> Cancels { get; } = [];

    /// <summary>Called with the API path before each call; an exception returned is thrown as WeCom's answer.</summary>
    public Func<string, Exception?>? Fail { get; set; }

    /// <summary>Awaited before each call: lets a test hold a runner in the middle of a send.</summary>
    public Func<string, Task>? Before { get; set; }

    public IReadOnlyList<AppMessage> Cards => Snapshot(Messages).Where(m => m.MsgType == "template_card").ToList();

    public static List<T> Snapshot<T>(List<T> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }

    /// <summary>Waits (on real time, as a safety net only) until the worker has made the calls a test expects.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await called.WaitAsync(limit.Token);
        }
    }

    public Task<MessageSendResponse> SendMessageAsync(AppMessage message, CancellationToken ct = default) =>
        CallAsync("message/send", Messages, message, new MessageSendResponse { ResponseCode = "rc" });

    public Task CancelBookAsync(CancelBookRequest request, CancellationToken ct = default) =>
        CallAsync("oa/meetingroom/cancel_book", Cancels, request, 0);

    public async Task<string> CreateAppChatAsync(AppChatCreateRequest request, CancellationToken ct = default)
    {
        var id = $"chat{Interlocked.Increment(ref chatNumber)}";
        return await CallAsync("appchat/create", CreatedChats, request, id);
    }

    public Task SendAppChatAsync(AppChatMessage message, CancellationToken ct = default) =>
        CallAsync("appchat/send", AppChatMessages, message, 0);

    public Task SendWebhookAsync(string key, WebhookMessage message, CancellationToken ct = default) =>
        CallAsync("webhook/send", WebhookMessages, (key, message), 0);

    public Task<IReadOnlyList<MeetingRoom>> ListMeetingRoomsAsync(MeetingRoomQuery? query = null, CancellationToken ct = default) =>
        throw new NotSupportedException("Reminders do not list rooms.");

    public Task<IReadOnlyList<RoomBookings>> GetBookingInfoAsync(BookingInfoQuery query, CancellationToken ct = default) =>
        throw new NotSupportedException("Reminders do not read bookings.");

    public Task<BookResponse> BookAsync(BookRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException("Reminders do not book.");

    public Task<SeriesBookResponse> BookByScheduleAsync(BookByScheduleRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException("Reminders do not book.");

    public Task<SeriesBookResponse> BookByMeetingAsync(BookByMeetingRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException("Reminders do not book.");

    public Task<BookInfoResponse> GetBookInfoAsync(BookInfoRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException("Reminders do not read bookings.");

    public Task<string> AddScheduleAsync(ScheduleAddRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException("Reminders do not add schedules.");

    public Task<string> CreateMeetingAsync(MeetingCreateRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException("Reminders do not create meetings.");

    public Task UpdateTemplateCardAsync(UpdateTemplateCardRequest request, CancellationToken ct = default) =>
        throw new NotSupportedException("Reminders answer clicks passively.");

    public Task<IReadOnlyList<DirectoryUser>> ListUsersAsync(int departmentId = 1, CancellationToken ct = default) =>
        throw new NotSupportedException("Reminders do not read the directory.");

    private async Task<TResult> CallAsync<TRecord, TResult>(string path, List<TRecord> log, TRecord record, TResult result)
    {
        if (Before is { } before)
        {
            await before(path);
        }

        Exception? failure;
        lock (gate)
        {
            failure = Fail?.Invoke(path);
        }

        if (failure is null)
        {
            lock (log)
            {
                log.Add(record);
            }
        }

        called.Release();
        return failure is null ? result : throw failure;
    }
}
