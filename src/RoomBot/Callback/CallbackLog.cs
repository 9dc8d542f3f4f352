namespace RoomBot.Callback;

/// <summary>The callback's recurring log lines. Never the decrypted body, the token or the key.</summary>
internal static partial class CallbackLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Rejected callback {Method}: {Reason}")]
    public static partial void Rejected(ILogger logger, string method, CallbackRejection reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Callback {Kind} from {UserId} ({DedupKey})")]
    public static partial void Received(ILogger logger, string kind, string userId, string dedupKey);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Repeated delivery of {DedupKey} ({State}): not handled again")]
    public static partial void Repeated(ILogger logger, string dedupKey, string state);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Turn {DedupKey} outran the reply budget; replying through the API")]
    public static partial void OutranBudget(ILogger logger, string dedupKey);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Turn {DedupKey} failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string dedupKey);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Sending a {ReplyKind} reply to {UserId} failed: errcode {ErrCode} {ErrMsg}")]
    public static partial void SendFailed(ILogger logger, string replyKind, string userId, int errCode, string errMsg);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "URL verification answered")]
    public static partial void UrlVerified(ILogger logger);
}
