namespace RoomBot.WeCom.Api;

public enum WeComErrorKind
{
    /// <summary>-1: WeCom is busy; retried with backoff.</summary>
    Busy,
    /// <summary>40001/40014/42001: the token was refused; refreshed and retried once.</summary>
    InvalidToken,
    /// <summary>45009: rate limited; never retried at once.</summary>
    RateLimited,
    /// <summary>60020, 48002, 60011, 301002: the app or its IP is not allowed; an operator must act.</summary>
    Configuration,
    /// <summary>Any other errcode: the request itself was refused (room taken, bad parameter, ...).</summary>
    Rejected,
}
