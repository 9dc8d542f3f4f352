using RoomBot.Core.Parsing;
using RoomBot.Core.Replies;

namespace RoomBot.Core.Commands;

/// <summary>help (and anything not understood): what the bot can do, with examples in the user's language.</summary>
public static class HelpHandler
{
    private const string English =
        "I book meeting rooms in WeCom. Try:\n" +
        "• book room 2 tomorrow 3pm to 4pm with lisi\n" +
        "• book a room for 8 people at 10am with a projector\n" +
        "• book Everest every monday 9am\n" +
        "• is room 7 free at 2pm?  /  free rooms now\n" +
        "• my bookings  /  room 2 schedule tomorrow\n" +
        "• cancel my 3pm booking";

    private const string Chinese =
        "我可以帮你在企业微信预定会议室，例如：\n" +
        "• 明天下午3点到4点订2号会议室，和李四\n" +
        "• 上午10点订一个能坐8人、有投影的会议室\n" +
        "• 每周一上午9点订Everest\n" +
        "• 7号会议室下午2点有空吗？/ 现在有哪些空会议室\n" +
        "• 我的预定 / 2号会议室明天的安排\n" +
        "• 取消明天的预定";

    /// <summary>enter_agent carries no words to tell the language by: greet in both.</summary>
    public static IReadOnlyList<BotReply> Greeting() => [new BotReply.Text(English + "\n\n" + Chinese)];

    public static IReadOnlyList<BotReply> Reply(Language language, bool understood = true)
    {
        var intro = understood ? "" : Phrases.Pick(language, "Sorry, I didn't get that. ", "抱歉，我没看懂。");
        return [new BotReply.Text(intro + Phrases.Pick(language, English, Chinese))];
    }
}
