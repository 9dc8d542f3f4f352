using System.Net.Http.Json;
using System.Text.Json;
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

    /// <summary>
    /// One WeCom call with the retry rules of wecom-protocol.md §3: a refused token (40001/40014/42001) is dropped and the
    /// call retried once with a fresh one; -1 is retried with backoff at most <see cref="MaxBusyRetries"/> times; anything
    /// else non-zero (45009 included) throws at once. A call refused with an errcode was not carried out, so these retries
    /// are safe even for bookings.
    /// </summary>
    private async Task<T> CallAsync<T>(
        string path, object? body, Safety safety, CancellationToken ct, IReadOnlyList<KeyValuePair<string, string>>? query = null)
        where T : WeComResponse
    {
        var tokenRetried = false;
        var busyRetries = 0;
        while (true)
        {
            var (answer, usedToken) = await SendOnceAsync<T>(path, body, safety, query, ct).ConfigureAwait(false);
            if (answer.ErrCode == 0)
                return answer;

            switch (WeComErrors.Classify(answer.ErrCode))
            {
                case WeComErrorKind.InvalidToken when !tokenRetried && usedToken is not null:
                    LogTokenRefused(logger, path, answer.ErrCode);
                    tokens.Invalidate(usedToken);
                    tokenRetried = true;
                    continue;
                case WeComErrorKind.Busy when busyRetries < MaxBusyRetries:
                    await BackOffAsync(path, answer.ErrCode, ++busyRetries, ct).ConfigureAwait(false);
                    continue;
                default:
                    LogCallFailed(logger, path, answer.ErrCode, answer.ErrMsg);
                    throw new WeComApiException(answer.ErrCode, answer.ErrMsg, path);
            }
        }
    }

    private async Task<(T Answer, string? UsedToken)> SendOnceAsync<T>(
        string path, object? body, Safety safety, IReadOnlyList<KeyValuePair<string, string>>? query, CancellationToken ct)
        where T : WeComResponse
    {
        var busyRetries = 0;
        while (true)
        {
            using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, WeComUri.Build(baseAddress.BaseAddress, path, query));
            if (body is not null)
                request.Content = JsonContent.Create(body, body.GetType(), options: WeComJson.Options);
            string? failure;
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
                request.Options.TryGetValue(AccessTokenHandler.UsedTokenKey, out var usedToken);
                if (response.IsSuccessStatusCode)
                {
                    var answer = await response.Content.ReadFromJsonAsync<T>(WeComJson.Options, ct).ConfigureAwait(false);
                    if (answer is not null)
                        return (answer, usedToken);
                    failure = "an empty answer";
                }
                else
                {
                    failure = "HTTP " + (int)response.StatusCode + " " + response.ReasonPhrase;
                }
            }
            catch (HttpRequestException ex)
            {
                failure = "no answer (" + ex.HttpRequestError + ")";
            }
            catch (JsonException)
            {
                failure = "an answer that is not WeCom JSON";
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                failure = "no answer within " + http.Timeout.TotalSeconds + " s";
            }

            // Without a WeCom answer we cannot know whether a write happened: a retried book after a timeout could
            // double-book, so only reads are retried here; writes surface as errcode -1 and the caller re-queries.
            if (safety == Safety.Read && busyRetries < MaxBusyRetries)
            {
                await BackOffAsync(path, WeComErrors.Busy, ++busyRetries, ct).ConfigureAwait(false);
                continue;
            }
            LogNoAnswer(logger, path, failure);
            throw new WeComApiException(WeComErrors.Busy, "WeCom gave " + failure, path);
        }
    }

    private Task BackOffAsync(string path, int errCode, int attempt, CancellationToken ct)
    {
        var delay = FirstBusyDelay * (1 << (attempt - 1));
        LogRetrying(logger, path, errCode, attempt, delay.TotalMilliseconds);
        return Task.Delay(delay, time, ct);
    }

    private enum Safety
    {
        /// <summary>Changes nothing: safe to repeat after a lost answer.</summary>
        Read,
        /// <summary>Books, cancels, sends: never repeated unless WeCom said it did not do it.</summary>
        Write,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom {Path} answered errcode {ErrCode}; retry {Attempt} in {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, string path, int errCode, int attempt, double delayMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "WeCom {Path} refused the access token (errcode {ErrCode}); fetching a new one and retrying once")]
    private static partial void LogTokenRefused(ILogger logger, string path, int errCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom {Path} failed: errcode {ErrCode}, {ErrMsg}")]
    private static partial void LogCallFailed(ILogger logger, string path, int errCode, string? errMsg);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom {Path} gave {Failure}")]
    private static partial void LogNoAnswer(ILogger logger, string path, string failure);
}
