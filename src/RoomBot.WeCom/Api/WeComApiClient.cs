using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoomBot.WeCom.Contracts;

namespace RoomBot.WeCom.Api;

/// <summary>
/// The typed WeCom client: one <see cref="HttpClient"/>, the token added by <see cref="AccessTokenHandler"/>, and every
/// errcode turned into retries or a <see cref="WeComApiException"/> here, in <see cref="CallAsync{T}"/> (doc 91039 / §3).
/// </summary>
public sealed partial class WeComApiClient(
    HttpClient http,
    IWeComBaseAddress baseAddress,
    AccessTokenCache tokens,
    IOptions<WeComOptions> options,
    TimeProvider time,
    ILogger<WeComApiClient> logger) : IWeComApi
{
    /// <summary>Retries after errcode -1 (system busy): at most 3, after 200, 400 and 800 ms.</summary>
    public const int MaxBusyRetries = 3;
    public static readonly TimeSpan FirstBusyDelay = TimeSpan.FromMilliseconds(200);

    private int AgentId => options.Value.AgentId;

    public async Task<IReadOnlyList<MeetingRoom>> ListMeetingRoomsAsync(MeetingRoomQuery? query = null, CancellationToken ct = default) =>
        (await CallAsync<MeetingRoomListResponse>("oa/meetingroom/list", query ?? new MeetingRoomQuery(), Safety.Read, ct).ConfigureAwait(false))
            .MeetingRoomList;

    public async Task<IReadOnlyList<RoomBookings>> GetBookingInfoAsync(BookingInfoQuery query, CancellationToken ct = default) =>
        (await CallAsync<BookingInfoResponse>("oa/meetingroom/get_booking_info", query, Safety.Read, ct).ConfigureAwait(false))
            .BookingList;

    public Task<BookResponse> BookAsync(BookRequest request, CancellationToken ct = default) =>
        CallAsync<BookResponse>("oa/meetingroom/book", request, Safety.Write, ct);

    public Task<SeriesBookResponse> BookByScheduleAsync(BookByScheduleRequest request, CancellationToken ct = default) =>
        CallAsync<SeriesBookResponse>("oa/meetingroom/book_by_schedule", request, Safety.Write, ct);

    public Task<SeriesBookResponse> BookByMeetingAsync(BookByMeetingRequest request, CancellationToken ct = default) =>
        CallAsync<SeriesBookResponse>("oa/meetingroom/book_by_meeting", request, Safety.Write, ct);

    public Task CancelBookAsync(CancelBookRequest request, CancellationToken ct = default) =>
        CallAsync<WeComResponse>("oa/meetingroom/cancel_book", request, Safety.Write, ct);

    public Task<BookInfoResponse> GetBookInfoAsync(BookInfoRequest request, CancellationToken ct = default) =>
        CallAsync<BookInfoResponse>("oa/meetingroom/bookinfo/get", request, Safety.Read, ct);

    public async Task<string> AddScheduleAsync(ScheduleAddRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.AgentId is null ? request with { AgentId = AgentId } : request;
        return (await CallAsync<ScheduleAddResponse>("oa/schedule/add", body, Safety.Write, ct).ConfigureAwait(false)).ScheduleId;
    }

    public async Task<string> CreateMeetingAsync(MeetingCreateRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.AgentId is null ? request with { AgentId = AgentId } : request;
        return (await CallAsync<MeetingCreateResponse>("meeting/create", body, Safety.Write, ct).ConfigureAwait(false)).MeetingId;
    }

    public Task<MessageSendResponse> SendMessageAsync(AppMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = message.AgentId == 0 ? message with { AgentId = AgentId } : message;
        return CallAsync<MessageSendResponse>("message/send", body, Safety.Write, ct);
    }

    public Task UpdateTemplateCardAsync(UpdateTemplateCardRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.AgentId == 0 ? request with { AgentId = AgentId } : request;
        return CallAsync<WeComResponse>("message/update_template_card", body, Safety.Write, ct);
    }

    public async Task<string> CreateAppChatAsync(AppChatCreateRequest request, CancellationToken ct = default) =>
        (await CallAsync<AppChatCreateResponse>("appchat/create", request, Safety.Write, ct).ConfigureAwait(false)).ChatId;

    public Task SendAppChatAsync(AppChatMessage message, CancellationToken ct = default) =>
        CallAsync<WeComResponse>("appchat/send", message, Safety.Write, ct);

    public Task SendWebhookAsync(string key, WebhookMessage message, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return CallAsync<WeComResponse>("webhook/send", message, Safety.Write, ct, [new("key", key)]);
    }

    public async Task<IReadOnlyList<DirectoryUser>> ListUsersAsync(int departmentId = 1, CancellationToken ct = default) =>
        (await CallAsync<UserListResponse>("user/list", body: null, Safety.Read, ct,
            [new("department_id", departmentId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("fetch_child", "1")])
            .ConfigureAwait(false)).UserList;
}
