using RoomBot.Core.Parsing;

namespace RoomBot.Core.Conversation;

/// <summary>The conversation's view of the parser: understand a message, or merge an answer into a pending request.</summary>
public interface IChatParser
{
    ParsedRequest Parse(string text, ParseContext context);

    /// <summary>Completes <paramref name="pending"/> (which asked a question) with the user's answer ("3pm", "room 2", "明天").</summary>
    ParsedRequest MergeAnswer(ParsedRequest pending, string answer, ParseContext context);
}
