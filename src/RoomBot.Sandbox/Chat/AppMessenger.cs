using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoomBot.Sandbox.Booking;
using RoomBot.Sandbox.Storage;
using RoomBot.WeCom;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Chat;

/// <summary><c>message/send</c> (doc 90236) and <c>message/update_template_card</c> (doc 94945) for the configured app.</summary>
public sealed class AppMessenger(SandboxDbContext db, SandboxChatService chat, IOptions<WeComOptions> wecom)
{
    /// <summary>The message types the chat page renders.</summary>
    public static readonly IReadOnlySet<string> MsgTypes = new HashSet<string> { "text", "markdown", "template_card" };

    /// <summary>
    /// Delivers <paramref name="bodyJson"/> (the <c>text</c>/<c>markdown</c> object or the template_card) to each known
    /// recipient of <paramref name="toUser"/> ('|'-separated, or @all); unknown ones come back in <c>invaliduser</c>.
    /// </summary>
    public async Task<MessageSendResponse> SendAsync(string toUser, int agentId, string msgType, string bodyJson, CancellationToken ct)
    {
        EnsureAgent(agentId);
        if (!MsgTypes.Contains(msgType))
        {
            throw new SandboxException(SandboxErrors.InvalidMessageType, $"invalid message type: {msgType} (the sandbox shows text, markdown and template_card)");
        }

        var members = await db.Members.Select(m => m.UserId).ToListAsync(ct);
        var wanted = toUser.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var recipients = wanted.Contains("@all") ? members : wanted.Where(members.Contains).ToList();
        var invalid = wanted.Where(u => u != "@all" && !members.Contains(u)).ToList();
        if (recipients.Count == 0)
        {
            throw new SandboxException(SandboxErrors.AllRecipientsInvalid, "user & party & tag all invalid");
        }

        var code = SandboxChatService.NewResponseCode();
        string? responseCode = null;
        foreach (var userId in recipients)
        {
            var row = await chat.RecordBotMessageAsync(userId, msgType, bodyJson, code, ct);
            responseCode ??= row.ResponseCode;
        }

        return new MessageSendResponse
        {
            InvalidUser = invalid.Count > 0 ? string.Join('|', invalid) : null,
            MsgId = SandboxIds.NewSecretCode(32),
            ResponseCode = responseCode,
        };
    }

    /// <summary>Greys the buttons with <paramref name="replaceName"/> or replaces the card; the response_code works once (60140).</summary>
    public async Task UpdateCardAsync(int agentId, string responseCode, string? replaceName, string? newCardJson, CancellationToken ct)
    {
        EnsureAgent(agentId);
        if (!await chat.UpdateCardByResponseCodeAsync(responseCode, replaceName, newCardJson, ct))
        {
            throw new SandboxException(SandboxErrors.ResponseCodeInvalid, "response_code is invalid, expired or already used");
        }
    }

    private void EnsureAgent(int agentId)
    {
        if (agentId != wecom.Value.AgentId)
        {
            throw new SandboxException(SandboxErrors.InvalidAgentId, $"invalid agentid: {agentId}");
        }
    }
}
