namespace RoomBot.Sandbox;

/// <summary>
/// A refusal the sandbox answers as WeCom does: HTTP 200 with a non-zero errcode. Thrown before anything is written,
/// so a refused call never changes state.
/// </summary>
public sealed class SandboxException(int errCode, string errMsg) : Exception(errMsg)
{
    public int ErrCode { get; } = errCode;
    public string ErrMsg { get; } = errMsg;
}
