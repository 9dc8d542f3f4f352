using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RoomBot.Sandbox.Booking;
using RoomBot.Sandbox.Feed;
using RoomBot.Sandbox.Storage;

namespace RoomBot.Sandbox.Chat;

/// <summary>The 1:1 conversations and the group chats the page shows; every change is published on the feed.</summary>
public sealed class SandboxChatService(SandboxDbContext db, TimeProvider time, ISandboxFeed feed)
{
    /// <summary>Card types with buttons or choices: message/send answers a response_code for them (doc 90236).</summary>
    private static readonly HashSet<string> InteractiveCards = ["button_interaction", "vote_interaction", "multiple_interaction"];

    public async Task<SandboxChatMessage> RecordUserTextAsync(string userId, string text, CancellationToken ct)
    {
        var message = new SandboxChatMessage
        {
            UserId = userId,
            FromBot = false,
            MsgType = "text",
            ContentJson = JsonSerializer.Serialize(new { content = text }),
            CreatedAt = Now(),
        };
        return await AddAsync(message, ct);
    }

    /// <summary>Stores what the bot sent; an interactive card gets a fresh single-use response code.</summary>
    public Task<SandboxChatMessage> RecordBotMessageAsync(string userId, string msgType, string contentJson, CancellationToken ct) =>
        RecordBotMessageAsync(userId, msgType, contentJson, responseCode: null, ct);

    /// <summary>As above, sharing <paramref name="responseCode"/> across the recipients of one message/send.</summary>
    public async Task<SandboxChatMessage> RecordBotMessageAsync(string userId, string msgType, string contentJson, string? responseCode,
        CancellationToken ct)
    {
        var (taskId, cardType) = msgType == "template_card" ? CardFacts(contentJson) : (null, null);
        var message = new SandboxChatMessage
        {
            UserId = userId,
            FromBot = true,
            MsgType = msgType,
            ContentJson = contentJson,
            TaskId = taskId,
            ResponseCode = cardType is not null && InteractiveCards.Contains(cardType) ? responseCode ?? NewResponseCode() : null,
            CreatedAt = Now(),
        };
        return await AddAsync(message, ct);
    }

    /// <summary>
    /// A click on a card button (what WeCom's client reports as template_card_event): remembers the key and issues a new
    /// single-use response code for the event's ResponseCode. Null when the message is unknown or not a card.
    /// </summary>
    public async Task<string?> RecordClickAsync(long messageId, string key, CancellationToken ct)
    {
        var message = await db.ChatMessages.FirstOrDefaultAsync(m => m.Id == messageId && m.MsgType == "template_card", ct);
        if (message is null)
        {
            return null;
        }

        message.ClickedKey = key;
        message.ResponseCode = NewResponseCode();
        await db.SaveChangesAsync(ct);
        feed.Publish(new SandboxEvent(SandboxEventKind.CardUpdated, UserId: message.UserId, MessageId: message.Id));
        return message.ResponseCode;
    }

    /// <summary>A passive update_button (<paramref name="replaceName"/>) or update_template_card (<paramref name="newCardJson"/>).</summary>
    public async Task<bool> UpdateCardAsync(long messageId, string? replaceName, string? newCardJson, CancellationToken ct)
    {
        var message = await db.ChatMessages.FirstOrDefaultAsync(m => m.Id == messageId && m.MsgType == "template_card", ct);
        if (message is null)
        {
            return false;
        }

        await ApplyAsync([message], replaceName, newCardJson, ct);
        return true;
    }

    /// <summary>message/update_template_card (doc 94945): the code works once, for every card that carries it.</summary>
    public async Task<bool> UpdateCardByResponseCodeAsync(string responseCode, string? replaceName, string? newCardJson, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(responseCode))
        {
            return false;
        }

        var messages = await db.ChatMessages.Where(m => m.ResponseCode == responseCode).ToListAsync(ct);
        if (messages.Count == 0)
        {
            return false;
        }

        foreach (var m in messages)
        {
            m.ResponseCode = null;
        }

        await ApplyAsync(messages, replaceName, newCardJson, ct);
        return true;
    }

    /// <summary>One message of <paramref name="userId"/>'s chat, or null when it is someone else's or does not exist.</summary>
    public Task<SandboxChatMessage?> MessageAsync(string userId, long messageId, CancellationToken ct) =>
        db.ChatMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == messageId && m.UserId == userId, ct);

    public async Task<IReadOnlyList<SandboxChatMessage>> ConversationAsync(string userId, CancellationToken ct) =>
        await db.ChatMessages.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Id).ToListAsync(ct);

    /// <summary>App chats and webhook robots.</summary>
    public async Task<IReadOnlyList<SandboxGroup>> GroupsAsync(CancellationToken ct) =>
        await db.Groups.AsNoTracking().OrderBy(g => g.CreatedAt).ThenBy(g => g.GroupId).ToListAsync(ct);

    public async Task<IReadOnlyList<SandboxGroupMessage>> GroupMessagesAsync(string groupId, CancellationToken ct) =>
        await db.GroupMessages.AsNoTracking().Where(m => m.GroupId == groupId).OrderBy(m => m.Id).ToListAsync(ct);

    /// <summary>Adds a robot to a (pretend) group: its key becomes valid for webhook/send. Returns the existing one for a known key.</summary>
    public async Task<SandboxGroup> RegisterRobotAsync(string name, string? key, CancellationToken ct)
    {
        key = string.IsNullOrWhiteSpace(key) ? SandboxIds.NewSecretCode(36) : key.Trim();
        var existing = await db.Groups.FirstOrDefaultAsync(g => g.WebhookKey == key, ct);
        if (existing is not null)
        {
            return existing;
        }

        var group = new SandboxGroup
        {
            GroupId = SandboxGroup.RobotGroupId(key),
            Kind = SandboxGroupKind.Robot,
            Name = name,
            WebhookKey = key,
            CreatedAt = Now(),
        };
        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        return group;
    }

    public async Task<SandboxGroupMessage> RecordGroupMessageAsync(string groupId, string msgType, string contentJson, CancellationToken ct)
    {
        var message = new SandboxGroupMessage { GroupId = groupId, MsgType = msgType, ContentJson = contentJson, CreatedAt = Now() };
        db.GroupMessages.Add(message);
        await db.SaveChangesAsync(ct);
        feed.Publish(new SandboxEvent(SandboxEventKind.GroupMessage, ChatId: groupId, MessageId: message.Id));
        return message;
    }

    public static string NewResponseCode() => SandboxIds.NewSecretCode();

    private async Task ApplyAsync(IReadOnlyList<SandboxChatMessage> messages, string? replaceName, string? newCardJson, CancellationToken ct)
    {
        foreach (var m in messages)
        {
            if (newCardJson is not null)
            {
                m.ReplacedCardJson = newCardJson;
                m.ReplacedName = null;
            }
            else
            {
                m.ReplacedName = replaceName;
            }
        }

        await db.SaveChangesAsync(ct);
        foreach (var m in messages)
        {
            feed.Publish(new SandboxEvent(SandboxEventKind.CardUpdated, UserId: m.UserId, MessageId: m.Id));
        }
    }

    private async Task<SandboxChatMessage> AddAsync(SandboxChatMessage message, CancellationToken ct)
    {
        db.ChatMessages.Add(message);
        await db.SaveChangesAsync(ct);
        feed.Publish(new SandboxEvent(SandboxEventKind.ChatMessage, UserId: message.UserId, MessageId: message.Id));
        return message;
    }

    private static (string? TaskId, string? CardType) CardFacts(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return (Str("task_id"), Str("card_type"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private long Now() => time.GetUtcNow().ToUnixTimeSeconds();
}
