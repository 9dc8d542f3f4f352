using RoomBot.WeCom.Contracts;

namespace RoomBot.Core.Replies;

/// <summary>
/// What the bot answers in one turn. The host decides how each one travels: a passive reply inside WeCom's 5 s when
/// the kind allows it (text, card updates), otherwise the API (message/send, message/update_template_card).
/// </summary>
public abstract record BotReply
{
    private BotReply()
    {
    }

    public sealed record Text(string Content) : BotReply;

    public sealed record Markdown(string Content) : BotReply;

    /// <summary>A template card; always sent with message/send (a passive reply cannot carry a new card).</summary>
    public sealed record Card(TemplateCard TemplateCard) : BotReply;

    /// <summary>Grey the clicked card's buttons with a new label; only in answer to a click.</summary>
    public sealed record UpdateButton(string ReplaceName) : BotReply;

    /// <summary>Replace the clicked card; only in answer to a click.</summary>
    public sealed record UpdateCard(TemplateCard TemplateCard) : BotReply;
}
