using RoomBot.Core.Reminders;

namespace RoomBot.Reminders;

/// <summary>The reminder worker's recurring log lines. Webhook keys and message bodies are never logged.</summary>
internal static partial class ReminderLog
{
    [LoggerMessage(LogLevel.Information, "Sent {Kind} of booking {BookingId} ({LateMs} ms after its due time)")]
    public static partial void Sent(this ILogger logger, ReminderJobKind kind, string bookingId, long lateMs);

    [LoggerMessage(LogLevel.Warning,
        "Dropped {Kind} of booking {BookingId}: due {DueAt:o}, {Reason}")]
    public static partial void Dropped(this ILogger logger, ReminderJobKind kind, string bookingId, DateTimeOffset dueAt,
        string reason);

    [LoggerMessage(LogLevel.Warning,
        "WeCom refused {Kind} of booking {BookingId}: errcode {ErrCode}, {ErrMsg}; attempt {Attempt}, retrying at {RetryAt:o}")]
    public static partial void WeComFailed(this ILogger logger, ReminderJobKind kind, string bookingId, int errCode,
        string errMsg, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(LogLevel.Warning, "{Kind} of booking {BookingId} failed; attempt {Attempt}, retrying at {RetryAt:o}")]
    public static partial void Failed(this ILogger logger, Exception exception, ReminderJobKind kind, string bookingId,
        int attempt, DateTimeOffset retryAt);

    [LoggerMessage(LogLevel.Error, "Gave up {Kind} of booking {BookingId} after {Attempts} attempts: {LastError}")]
    public static partial void GaveUp(this ILogger logger, ReminderJobKind kind, string bookingId, int attempts,
        string lastError);

    [LoggerMessage(LogLevel.Information, "Released booking {BookingId} of room {RoomId}: nobody checked in")]
    public static partial void Released(this ILogger logger, string bookingId, int roomId);

    [LoggerMessage(LogLevel.Warning, "No group robot is named {Group} (booking {BookingId}); its reminder is skipped")]
    public static partial void UnknownGroup(this ILogger logger, string group, string bookingId);

    [LoggerMessage(LogLevel.Information, "Created app group chat {ChatId} for {MemberCount} people")]
    public static partial void AppChatCreated(this ILogger logger, string chatId, int memberCount);

    [LoggerMessage(LogLevel.Error, "The reminder pass failed; trying again in {Delay}")]
    public static partial void PassFailed(this ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(LogLevel.Warning, "No IWeComApi is registered: reminders are stored but not sent")]
    public static partial void NoApi(this ILogger logger);
}
