using RoomBot.Core.Parsing.Time;

namespace RoomBot.Core.Parsing;

/// <summary>
/// Understands a chat message in English or Chinese (docs/parsing.md). Thread-safe: build one, warm it up at
/// start-up, reuse it; the Recognizers models inside are built once per culture.
/// </summary>
public sealed class RequestParser
{
    private readonly ParserOptions _options;
    private readonly MessageAnalyzer _analyzer;

    public RequestParser(ParserOptions options)
    {
        _options = options;
        _analyzer = new MessageAnalyzer(new DateTimeRecognition());
    }

    /// <summary>The intent and slots of <paramref name="text"/>; <see cref="ParsedRequest.Clarify"/> when the bot must ask.</summary>
    public ParsedRequest Parse(string text, ParseContext context) =>
        RequestBuilder.Build(_analyzer.Analyze(text, context), context, _options.DefaultDuration);

    /// <summary>
    /// Folds the answer to a clarifying question ("3pm", "room 2", "明天", "下午三点到四点") into the pending request and
    /// asks again if something is still missing. Choosing among numbered options is the conversation's job.
    /// </summary>
    public ParsedRequest MergeAnswer(ParsedRequest pending, string answer, ParseContext context)
    {
        // With no room yet, a bare "7号" answers "which room?" rather than naming the 7th.
        var analysis = _analyzer.Analyze(answer, context, answersWhichRoom: pending.MeetingRoomId is null);
        return AnswerMerger.Merge(pending, analysis, context, _options.DefaultDuration);
    }

    /// <summary>Runs each culture's model once so the first user does not pay for building its caches (~300 ms).</summary>
    public void WarmUp()
    {
        var context = new ParseContext(
            new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc, [], [], "");
        Parse("book room 1 tomorrow 3pm to 4:30pm for 2 hours", context);
        Parse("明天下午3点到4点半订1号会议室 一个半小时", context);
    }
}
