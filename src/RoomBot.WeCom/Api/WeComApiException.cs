namespace RoomBot.WeCom.Api;

/// <summary>A WeCom API answer with a non-zero errcode (or no valid answer at all: <see cref="ErrCode"/> is then -1).</summary>
public sealed class WeComApiException(int errCode, string? errMsg, string path)
    : Exception($"WeCom {path} failed: errcode {errCode}, {errMsg}")
{
    public int ErrCode { get; } = errCode;
    public string ErrMsg { get; } = errMsg ?? "";
    public string Path { get; } = path;

    public WeComErrorKind Kind => WeComErrors.Classify(ErrCode);
}
