namespace RoomBot.WeCom.Api;

/// <summary>What each documented errcode means for the client (wecom-protocol.md §3).</summary>
public static class WeComErrors
{
    public const int Busy = -1;
    public const int InvalidCredential = 40001;
    public const int InvalidAccessToken = 40014;
    public const int AccessTokenExpired = 42001;
    public const int RateLimited = 45009;
    public const int IpNotAllowed = 60020;

    public static WeComErrorKind Classify(int errCode) => errCode switch
    {
        Busy => WeComErrorKind.Busy,
        InvalidCredential or InvalidAccessToken or AccessTokenExpired => WeComErrorKind.InvalidToken,
        RateLimited => WeComErrorKind.RateLimited,
        IpNotAllowed or 48002 or 60011 or 301002 => WeComErrorKind.Configuration,
        _ => WeComErrorKind.Rejected,
    };
}
