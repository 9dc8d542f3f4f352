using System.Text.Json;
using RoomBot.Sandbox.Storage;

namespace RoomBot.Sandbox.Page;

/// <summary>
/// Whether a click on a card's button is one the WeCom client would allow: a bot's interactive card whose buttons are
/// not greyed yet, and a key that one of its current buttons carries (doc 90240: EventKey = the button's key).
/// </summary>
internal sealed record CardClick(string? TaskId, string? CardType, string? Error)
{
    public static CardClick Check(SandboxChatMessage message, string key)
    {
        if (!message.FromBot || message.MsgType != "template_card")
        {
            return Fail($"Message {message.Id} is not a template card.");
        }

        if (message.ReplacedName is not null)
        {
            return Fail($"The buttons of message {message.Id} are already greyed out ({message.ReplacedName}).");
        }

        try
        {
            using var card = JsonDocument.Parse(message.ReplacedCardJson ?? message.ContentJson);
            var root = card.RootElement;
            if (root.TryGetProperty("replace_text", out var replaced) && replaced.ValueKind == JsonValueKind.String)
            {
                return Fail($"The buttons of message {message.Id} are already greyed out ({replaced.GetString()}).");
            }

            var keys = root.TryGetProperty("button_list", out var buttons) && buttons.ValueKind == JsonValueKind.Array
                ? buttons.EnumerateArray().Select(b => b.TryGetProperty("key", out var k) ? k.GetString() : null).ToList()
                : [];
            if (!keys.Contains(key))
            {
                return Fail($"The card of message {message.Id} has no button with key '{key}'.");
            }

            // The card on screen (a replacement may carry its own task_id) decides what the click reports.
            var taskId = (root.TryGetProperty("task_id", out var t) ? t.GetString() : null) ?? message.TaskId;
            var cardType = root.TryGetProperty("card_type", out var c) ? c.GetString() : null;
            return new CardClick(taskId ?? "", cardType ?? "button_interaction", null);
        }
        catch (JsonException)
        {
            return Fail($"The card of message {message.Id} is not valid JSON.");
        }
    }

    private static CardClick Fail(string error) => new(null, null, error);
}
