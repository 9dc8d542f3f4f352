using RoomBot.Core.Replies;

namespace RoomBot.Core.Conversation;

/// <summary>
/// PLACEHOLDER until the conversation (issue 5) lands: answers any text with a short help message in the sender's
/// language, greets on enter_agent, and ignores everything else. It is not a feature and is replaced wholesale.
/// </summary>
public sealed class PlaceholderDispatcher : IConversationDispatcher
{
    private const string English =
        "Hi! I'm RoomBot. I'll soon book meeting rooms for you, e.g. \"book room 1 tomorrow 3pm with lisi\".";

    private const string Chinese = "你好！我是会议室助手，很快就能帮你订会议室，例如：“明天下午3点到4点订1号会议室”。";

    public Task<IReadOnlyList<BotReply>> DispatchAsync(IncomingMessage message, CancellationToken ct)
    {
        IReadOnlyList<BotReply> replies = message.Kind switch
        {
            IncomingKind.Text => [new BotReply.Text(LooksChinese(message.Text) ? Chinese : English)],
            IncomingKind.Entered => [new BotReply.Text(English + "\n" + Chinese)],
            _ => [],
        };
        return Task.FromResult(replies);
    }

    private static bool LooksChinese(string? text) =>
        text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
