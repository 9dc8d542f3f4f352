using RoomBot.WeCom.Contracts;

namespace RoomBot.WeCom.Callback;

/// <summary>
/// Plaintext passive replies (encrypt them with <see cref="CallbackEnvelope.WriteReply"/>). They reach only the user
/// who sent the message or clicked; a new template card for a text message must go through message/send instead.
/// </summary>
public static class PassiveReplyXml
{
    public const string TextType = "text";
    public const string UpdateButtonType = "update_button";
    public const string UpdateTemplateCardType = "update_template_card";

    public static string Text(string toUser, string corpId, long createTime, string content) =>
        Header(toUser, corpId, createTime, TextType).Text("Content", content).ToString();

    /// <summary>doc 90241: greys the clicked card's buttons and shows <paramref name="replaceName"/>.</summary>
    public static string UpdateButton(string toUser, string corpId, long createTime, string replaceName) =>
        Header(toUser, corpId, createTime, UpdateButtonType).Open("Button").Text("ReplaceName", replaceName).Close().ToString();

    /// <summary>doc 90241: replaces the clicked card with <paramref name="card"/>.</summary>
    public static string UpdateTemplateCard(string toUser, string corpId, long createTime, TemplateCard card)
    {
        var xml = Header(toUser, corpId, createTime, UpdateTemplateCardType);
        TemplateCardXml.Write(xml, card);
        return xml.ToString();
    }

    private static WeComXmlWriter Header(string toUser, string corpId, long createTime, string msgType) =>
        new WeComXmlWriter()
            .Text("ToUserName", toUser)
            .Text("FromUserName", corpId)
            .Number("CreateTime", createTime)
            .Text("MsgType", msgType);
}
