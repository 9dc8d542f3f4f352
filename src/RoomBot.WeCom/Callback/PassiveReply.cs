using RoomBot.WeCom.Contracts;

namespace RoomBot.WeCom.Callback;

/// <summary>A decrypted passive reply, as the sandbox applies it: exactly one of the payloads matches <see cref="Kind"/>.</summary>
public sealed record PassiveReply(PassiveReplyKind Kind, string ToUserName, string FromUserName, long CreateTime)
{
    /// <summary>For <see cref="PassiveReplyKind.Text"/>.</summary>
    public string? Content { get; init; }
    /// <summary>For <see cref="PassiveReplyKind.UpdateButton"/>.</summary>
    public string? ReplaceName { get; init; }
    /// <summary>For <see cref="PassiveReplyKind.UpdateTemplateCard"/>.</summary>
    public TemplateCard? Card { get; init; }
}
