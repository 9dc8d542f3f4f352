using RoomBot.Core.Parsing;

namespace RoomBot.Core.Conversation;

/// <summary>The conversation's parser: the shared, thread-safe <see cref="RequestParser"/>.</summary>
public sealed class ChatParser(RequestParser parser) : IChatParser
{
    public ParsedRequest Parse(string text, ParseContext context) => parser.Parse(text, context);

    public ParsedRequest MergeAnswer(ParsedRequest pending, string answer, ParseContext context) =>
        parser.MergeAnswer(pending, answer, context);
}
