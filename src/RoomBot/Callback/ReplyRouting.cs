using RoomBot.Core.Conversation;
using RoomBot.Core.Replies;
using RoomBot.WeCom.Callback;

namespace RoomBot.Callback;

/// <summary>
/// Decides how each reply of a turn travels. A passive reply (inside the callback's HTTP answer) can carry plain text,
/// or a card update when the turn answers a click (doc 90241); it cannot carry a new card or markdown, and there is
/// only one. It is used only for the turn's first reply, so the user sees the replies in order.
/// </summary>
internal static class ReplyRouting
{
    public static (BotReply? Passive, IReadOnlyList<BotReply> ViaApi) Split(IncomingMessage to, IReadOnlyList<BotReply> replies)
    {
        if (replies.Count == 0 || !CanBePassive(to, replies[0]))
        {
            return (null, replies);
        }

        return (replies[0], replies.Skip(1).ToList());
    }

    public static string ToPassiveXml(BotReply reply, IncomingMessage to, string corpId, long createTime) => reply switch
    {
        BotReply.Text text => PassiveReplyXml.Text(to.UserId, corpId, createTime, text.Content),
        BotReply.UpdateButton button => PassiveReplyXml.UpdateButton(to.UserId, corpId, createTime, button.ReplaceName),
        BotReply.UpdateCard card => PassiveReplyXml.UpdateTemplateCard(to.UserId, corpId, createTime, card.TemplateCard),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "Not a passive reply."),
    };

    private static bool CanBePassive(IncomingMessage to, BotReply reply) => reply switch
    {
        BotReply.Text => true,
        BotReply.UpdateButton or BotReply.UpdateCard => to.Kind == IncomingKind.CardAction,
        _ => false,
    };
}
