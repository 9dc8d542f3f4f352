using System.Text;
using Microsoft.EntityFrameworkCore;
using RoomBot.Sandbox.Booking;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Chat;

/// <summary><c>appchat/create|send</c> (doc 90245, 90248) and the group robot's <c>webhook/send</c> (doc 91770).</summary>
public sealed class GroupMessenger(SandboxDbContext db, SandboxChatService chat, TimeProvider time)
{
    /// <summary>91770: a robot's text content is at most 2048 bytes.</summary>
    public const int MaxWebhookTextBytes = 2048;
    private static readonly HashSet<string> GroupMsgTypes = ["text", "markdown"];

    public async Task<string> CreateChatAsync(AppChatCreateRequest r, CancellationToken ct)
    {
        var members = r.UserList.Distinct().ToList();
        if (members.Count is < 2 or > 2000)
        {
            throw Invalid("userlist must hold 2 to 2000 members");
        }

        var known = await db.Members.Where(m => members.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(ct);
        if (members.Except(known).FirstOrDefault() is { } unknown)
        {
            throw new SandboxException(SandboxErrors.UserNotFound, $"userid not found: {unknown}");
        }

        if (r.Owner is { Length: > 0 } owner && !members.Contains(owner))
        {
            throw Invalid("owner must be in userlist");
        }

        var chatId = r.ChatId;
        if (string.IsNullOrEmpty(chatId))
        {
            chatId = SandboxIds.NewChatId();
        }
        else if (chatId.Length > 32 || !chatId.All(char.IsAsciiLetterOrDigit))
        {
            throw Invalid("chatid must be at most 32 letters or digits");
        }
        else if (await db.Groups.AnyAsync(g => g.GroupId == chatId, ct))
        {
            throw Invalid($"chatid {chatId} already exists");
        }

        db.Groups.Add(new SandboxGroup
        {
            GroupId = chatId,
            Kind = SandboxGroupKind.AppChat,
            Name = string.IsNullOrEmpty(r.Name) ? chatId : r.Name,
            Owner = string.IsNullOrEmpty(r.Owner) ? members[0] : r.Owner,
            Members = members,
            CreatedAt = time.GetUtcNow().ToUnixTimeSeconds(),
        });
        await db.SaveChangesAsync(ct);
        return chatId;
    }

    /// <summary>appchat/send: only chats the app created; no template cards there (doc 90248).</summary>
    public async Task SendToChatAsync(string chatId, string msgType, string content, string bodyJson, CancellationToken ct)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.GroupId == chatId && g.Kind == SandboxGroupKind.AppChat, ct)
            ?? throw new SandboxException(SandboxErrors.ChatNotFound, $"群聊不存在 (chatid {chatId} not found)");
        EnsureGroupMessage(msgType, content);
        await chat.RecordGroupMessageAsync(group.GroupId, msgType, bodyJson, ct);
    }

    /// <summary>webhook/send: the key must belong to a robot (configured or registered); else 93000.</summary>
    public async Task SendToRobotAsync(string? key, string msgType, string content, string bodyJson, CancellationToken ct)
    {
        var group = string.IsNullOrEmpty(key) ? null : await db.Groups.FirstOrDefaultAsync(g => g.WebhookKey == key, ct);
        if (group is null)
        {
            throw new SandboxException(SandboxErrors.WebhookKeyInvalid, "invalid webhook url, please check");
        }

        EnsureGroupMessage(msgType, content);
        if (msgType == "text" && Encoding.UTF8.GetByteCount(content) > MaxWebhookTextBytes)
        {
            throw Invalid("text.content exceeds 2048 bytes");
        }

        await chat.RecordGroupMessageAsync(group.GroupId, msgType, bodyJson, ct);
    }

    private static void EnsureGroupMessage(string msgType, string content)
    {
        if (!GroupMsgTypes.Contains(msgType))
        {
            throw new SandboxException(SandboxErrors.InvalidMessageType, $"invalid message type: {msgType} (the sandbox's groups take text and markdown)");
        }

        if (string.IsNullOrEmpty(content))
        {
            throw Invalid($"{msgType}.content is required");
        }
    }

    private static SandboxException Invalid(string detail) => new(SandboxErrors.InvalidParameter, "invalid parameter: " + detail);
}
