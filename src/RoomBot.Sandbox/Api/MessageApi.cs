using RoomBot.Sandbox.Chat;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Api;

/// <summary><c>message/send</c> (doc 90236) and <c>message/update_template_card</c> (doc 94945).</summary>
internal static class MessageApi
{
    public static async Task<WeComResponse> SendAsync(ApiContext c)
    {
        var b = c.Body;
        var toUser = b.RequiredString("touser");
        var msgType = b.RequiredString("msgtype");
        var agentId = b.RequiredInt("agentid");
        var bodyJson = msgType switch
        {
            "text" or "markdown" => WithContent(b, msgType),
            "template_card" => Card(b.RequiredObject("template_card"), update: false),
            _ => "",
        };
        return await c.Service<AppMessenger>().SendAsync(toUser, agentId, msgType, bodyJson, c.Aborted);
    }

    public static async Task<WeComResponse> UpdateTemplateCardAsync(ApiContext c)
    {
        var b = c.Body;
        var agentId = b.RequiredInt("agentid");
        var responseCode = b.RequiredString("response_code");
        var replaceName = b.OptionalObject("button")?.RequiredString("replace_name");
        var card = b.OptionalObject("template_card") is { } t ? Card(t, update: true) : null;
        if (replaceName is null && card is null)
        {
            throw JsonBody.Invalid("button.replace_name or template_card is required");
        }

        await c.Service<AppMessenger>().UpdateCardAsync(agentId, responseCode, replaceName, card, c.Aborted);
        return new WeComResponse();
    }

    /// <summary>The <c>text</c>/<c>markdown</c> object as sent, once its content is known to be a non-empty string.</summary>
    internal static string WithContent(JsonBody b, string msgType)
    {
        var body = b.RequiredObject(msgType);
        body.RequiredString("content");
        return body.Root.GetRawText();
    }

    /// <summary>An update may drop the buttons for its <c>replace_text</c> (doc 94945).</summary>
    private static string Card(JsonBody card, bool update)
    {
        var type = card.RequiredString("card_type");
        if (type == "button_interaction" && !(update && card.OptionalString("replace_text") is { Length: > 0 }))
        {
            // 90236: a button_interaction card needs its task_id (the click's TaskId) and buttons.
            card.RequiredString("task_id");
            if (card.OptionalObjectList("button_list") is not { Count: > 0 } buttons)
            {
                throw JsonBody.Invalid("template_card.button_list is required for button_interaction");
            }

            foreach (var button in buttons)
            {
                button.RequiredString("text");
                button.RequiredString("key");
            }
        }

        return card.Root.GetRawText();
    }
}
