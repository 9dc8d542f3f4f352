using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using RoomBot.Sandbox.Callback;
using RoomBot.Sandbox.Chat;
using RoomBot.Sandbox.Storage;

namespace RoomBot.Sandbox.Page;

/// <summary>The page's chat API: conversations, typing to the bot, clicking card buttons, group chats.</summary>
internal static class ChatHandlers
{
    // doc 90236 caps a text message at 2048 bytes; a person's message is held to the same.
    private const int MaxTextBytes = 2048;

    public static async Task<IResult> ConversationAsync(string? userId, PageUsers users, SandboxChatService chat, CancellationToken ct)
    {
        if (users.Find(userId) is null)
        {
            return PageJson.BadRequest(users.UnknownUserMessage(userId));
        }

        var messages = await chat.ConversationAsync(userId!, ct);
        return Results.Ok(messages.Select(ToView).ToList());
    }

    public static async Task<IResult> SendTextAsync(
        HttpRequest request, PageUsers users, CallbackDeliverer deliverer, IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var (body, error) = await PageJson.ReadAsync<SendTextRequest>(request, ct);
        if (error is not null)
        {
            return error;
        }

        if (users.Find(body!.UserId) is null)
        {
            return PageJson.BadRequest(users.UnknownUserMessage(body.UserId));
        }

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return PageJson.BadRequest("text is required and must not be blank.");
        }

        if (Encoding.UTF8.GetByteCount(body.Text) > MaxTextBytes)
        {
            return PageJson.BadRequest($"text is longer than WeCom's {MaxTextBytes} bytes.");
        }

        // WeCom keeps delivering after the person looks away: only the host stopping ends a delivery, not a closed tab.
        var delivery = await deliverer.SendTextAsync(body.UserId!, body.Text, lifetime.ApplicationStopping);
        return Results.Ok(new DeliveryAnswer(ToView(delivery)));
    }

    public static async Task<IResult> ClickAsync(
        HttpRequest request, PageUsers users, SandboxChatService chat, CallbackDeliverer deliverer,
        IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var (body, error) = await PageJson.ReadAsync<ClickRequest>(request, ct);
        if (error is not null)
        {
            return error;
        }

        if (users.Find(body!.UserId) is null)
        {
            return PageJson.BadRequest(users.UnknownUserMessage(body.UserId));
        }

        if (body.MessageId is null || string.IsNullOrEmpty(body.Key))
        {
            return PageJson.BadRequest("messageId and key are required.");
        }

        var message = await chat.MessageAsync(body.UserId!, body.MessageId.Value, ct);
        if (message is null)
        {
            return PageJson.NotFound($"Message {body.MessageId} is not in {body.UserId}'s chat.");
        }

        var click = CardClick.Check(message, body.Key);
        if (click.Error is not null)
        {
            return PageJson.BadRequest(click.Error);
        }

        var delivery = await deliverer.ClickAsync(body.UserId!, message.Id, click.TaskId!, click.CardType!, body.Key,
            lifetime.ApplicationStopping);
        return Results.Ok(new DeliveryAnswer(ToView(delivery)));
    }

    public static async Task<IResult> EnterAsync(
        HttpRequest request, PageUsers users, CallbackDeliverer deliverer, IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var (body, error) = await PageJson.ReadAsync<EnterRequest>(request, ct);
        if (error is not null)
        {
            return error;
        }

        if (users.Find(body!.UserId) is null)
        {
            return PageJson.BadRequest(users.UnknownUserMessage(body.UserId));
        }

        var delivery = await deliverer.EnterAgentAsync(body.UserId!, lifetime.ApplicationStopping);
        return Results.Ok(new DeliveryAnswer(ToView(delivery)));
    }

    public static async Task<IResult> GroupsAsync(SandboxChatService chat, CancellationToken ct)
    {
        var groups = await chat.GroupsAsync(ct);
        return Results.Ok(groups.Select(ToView).ToList());
    }

    public static async Task<IResult> AddRobotAsync(HttpRequest request, SandboxChatService chat, CancellationToken ct)
    {
        var (body, error) = await PageJson.ReadAsync<AddRobotRequest>(request, ct);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(body!.Name) || body.Name.Length > 50)
        {
            return PageJson.BadRequest("name is required, at most 50 characters.");
        }

        // A webhook key travels in a URL query: keep it to URL-safe characters.
        if (body.Key is not null && !System.Text.RegularExpressions.Regex.IsMatch(body.Key, "^[A-Za-z0-9_-]{8,64}$"))
        {
            return PageJson.BadRequest("key must be 8 to 64 letters, digits, '-' or '_' (or left out for a new one).");
        }

        return Results.Ok(ToView(await chat.RegisterRobotAsync(body.Name.Trim(), body.Key, ct)));
    }

    public static async Task<IResult> GroupMessagesAsync(string groupId, SandboxChatService chat, CancellationToken ct)
    {
        var groups = await chat.GroupsAsync(ct);
        if (!groups.Any(g => g.GroupId == groupId))
        {
            return PageJson.NotFound($"There is no group chat {groupId}.");
        }

        var messages = await chat.GroupMessagesAsync(groupId, ct);
        return Results.Ok(messages
            .Select(m => new GroupMessageView(m.Id, m.MsgType, Json(m.ContentJson), m.CreatedAt))
            .ToList());
    }

    private static GroupView ToView(SandboxGroup g) => new(
        g.GroupId, g.Name, g.Kind == SandboxGroupKind.Robot ? "webhook" : "appchat", g.Members, g.WebhookKey);

    internal static MessageView ToView(SandboxChatMessage m) => new(
        m.Id, m.UserId, m.FromBot, m.MsgType, Json(m.ContentJson), m.TaskId, m.ReplacedName,
        m.ReplacedCardJson is null ? null : Json(m.ReplacedCardJson), m.ClickedKey, m.CreatedAt);

    private static DeliveryView ToView(CallbackDelivery d) =>
        new(d.Delivered, d.Attempts, d.LastStatus, JsonNamingPolicy.SnakeCaseLower.ConvertName(d.Reply.ToString()));

    private static JsonElement Json(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Stored bodies are WeCom JSON; should one not parse, show it as text rather than fail the whole chat.
            return JsonSerializer.SerializeToElement(new { content = json });
        }
    }
}
