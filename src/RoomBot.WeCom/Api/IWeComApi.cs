using RoomBot.WeCom.Contracts;

namespace RoomBot.WeCom.Api;

/// <summary>
/// The WeCom server API RoomBot uses. Every call throws <see cref="WeComApiException"/> for a non-zero errcode
/// (after the token and busy retries), so callers only see successful answers.
/// </summary>
public interface IWeComApi
{
    Task<IReadOnlyList<MeetingRoom>> ListMeetingRoomsAsync(MeetingRoomQuery? query = null, CancellationToken ct = default);

    /// <summary><c>oa/meetingroom/get_booking_info</c>; one calendar day at most.</summary>
    Task<IReadOnlyList<RoomBookings>> GetBookingInfoAsync(BookingInfoQuery query, CancellationToken ct = default);

    Task<BookResponse> BookAsync(BookRequest request, CancellationToken ct = default);

    Task<SeriesBookResponse> BookByScheduleAsync(BookByScheduleRequest request, CancellationToken ct = default);

    Task<SeriesBookResponse> BookByMeetingAsync(BookByMeetingRequest request, CancellationToken ct = default);

    Task CancelBookAsync(CancelBookRequest request, CancellationToken ct = default);

    /// <summary><c>oa/meetingroom/bookinfo/get</c>.</summary>
    Task<BookInfoResponse> GetBookInfoAsync(BookInfoRequest request, CancellationToken ct = default);

    /// <summary><c>oa/schedule/add</c>; returns the schedule_id.</summary>
    Task<string> AddScheduleAsync(ScheduleAddRequest request, CancellationToken ct = default);

    /// <summary><c>meeting/create</c>; returns the meetingid.</summary>
    Task<string> CreateMeetingAsync(MeetingCreateRequest request, CancellationToken ct = default);

    /// <summary><c>message/send</c>; the agentid is filled in from configuration when zero.</summary>
    Task<MessageSendResponse> SendMessageAsync(AppMessage message, CancellationToken ct = default);

    Task UpdateTemplateCardAsync(UpdateTemplateCardRequest request, CancellationToken ct = default);

    /// <summary><c>appchat/create</c>; returns the chatid.</summary>
    Task<string> CreateAppChatAsync(AppChatCreateRequest request, CancellationToken ct = default);

    Task SendAppChatAsync(AppChatMessage message, CancellationToken ct = default);

    /// <summary><c>webhook/send?key=</c>: the key is the credential, no access token.</summary>
    Task SendWebhookAsync(string key, WebhookMessage message, CancellationToken ct = default);

    /// <summary><c>user/list?department_id=</c> with <c>fetch_child=1</c>.</summary>
    Task<IReadOnlyList<DirectoryUser>> ListUsersAsync(int departmentId = 1, CancellationToken ct = default);
}
