using RoomBot.Core.Replies;
using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Tests.Conversation.Infrastructure;

public static class ReplyAssertions
{
    public static TemplateCard SingleCard(this IReadOnlyList<BotReply> replies) =>
        Assert.Single(replies.OfType<BotReply.Card>()).TemplateCard;

    public static string AllText(this IReadOnlyList<BotReply> replies) =>
        string.Join("\n", replies.OfType<BotReply.Text>().Select(t => t.Content));

    public static string Field(this TemplateCard card, string keyName) =>
        Assert.Single(card.HorizontalContentList!, f => f.KeyName == keyName).Value ?? "";
}
