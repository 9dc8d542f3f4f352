using RoomBot.Sandbox.Chat;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Sandbox.Api;

/// <summary><c>appchat/create|send</c> and <c>webhook/send?key=</c>.</summary>
internal static class GroupApi
{
    public static async Task<WeComResponse> CreateAsync(ApiContext c)
    {
        var b = c.Body;
        var request = new AppChatCreateRequest
        {
            Name = b.OptionalString("name"),
            Owner = b.OptionalString("owner"),
            UserList = b.OptionalStringList("userlist") ?? throw JsonBody.Invalid("userlist is required"),
            ChatId = b.OptionalString("chatid"),
        };
        return new AppChatCreateResponse { ChatId = await c.Service<GroupMessenger>().CreateChatAsync(request, c.Aborted) };
    }

    public static async Task<WeComResponse> SendAsync(ApiContext c)
    {
        var b = c.Body;
        var chatId = b.RequiredString("chatid");
        var (msgType, content, json) = Message(b);
        await c.Service<GroupMessenger>().SendToChatAsync(chatId, msgType, content, json, c.Aborted);
        return new WeComResponse();
    }

    public static async Task<WeComResponse> WebhookSendAsync(ApiContext c)
    {
        var key = c.Query("key");
        var b = c.Body;
        var (msgType, content, json) = Message(b);
        await c.Service<GroupMessenger>().SendToRobotAsync(key, msgType, content, json, c.Aborted);
        return new WeComResponse();
    }

    /// <summary>The msgtype, its content (empty when the type has none) and the body object as sent.</summary>
    private static (string MsgType, string Content, string Json) Message(JsonBody b)
    {
        var msgType = b.RequiredString("msgtype");
        if (b.OptionalObject(msgType) is not { } body)
        {
            return (msgType, "", "");
        }

        return (msgType, body.OptionalString("content") ?? "", body.Root.GetRawText());
    }
}
