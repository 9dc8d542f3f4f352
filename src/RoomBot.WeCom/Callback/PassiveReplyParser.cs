using static RoomBot.WeCom.Callback.WeComXml;

namespace RoomBot.WeCom.Callback;

/// <summary>Reads a decrypted passive reply (the sandbox plays WeCom and applies it to the chat).</summary>
public static class PassiveReplyParser
{
    /// <exception cref="FormatException">Malformed XML, or a MsgType RoomBot never sends, or its payload is missing.</exception>
    public static PassiveReply Parse(string plainXml)
    {
        var root = ParseRoot(plainXml);
        var msgType = Required(root, "MsgType");
        var toUser = Optional(root, "ToUserName") ?? "";
        var from = Optional(root, "FromUserName") ?? "";
        var createTime = OptionalLong(root, "CreateTime") ?? 0;

        return msgType switch
        {
            PassiveReplyXml.TextType => new PassiveReply(PassiveReplyKind.Text, toUser, from, createTime)
            {
                Content = Required(root, "Content"),
            },
            PassiveReplyXml.UpdateButtonType => new PassiveReply(PassiveReplyKind.UpdateButton, toUser, from, createTime)
            {
                ReplaceName = Required(root.Element("Button") ?? throw new FormatException("<Button> is missing."), "ReplaceName"),
            },
            PassiveReplyXml.UpdateTemplateCardType => new PassiveReply(PassiveReplyKind.UpdateTemplateCard, toUser, from, createTime)
            {
                Card = TemplateCardXml.Read(root.Element(TemplateCardXml.ElementName) ?? throw new FormatException("<TemplateCard> is missing.")),
            },
            _ => throw new FormatException("Unsupported passive reply type '" + msgType + "'."),
        };
    }
}
