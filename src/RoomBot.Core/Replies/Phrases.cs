using RoomBot.Core.Parsing;

namespace RoomBot.Core.Replies;

/// <summary>Picks the reply text in the user's language; every user-facing sentence goes through here.</summary>
public static class Phrases
{
    public static string Pick(Language language, string english, string chinese) =>
        language == Language.Chinese ? chinese : english;

    /// <summary>A crude guess for messages the parser never saw (clicks carry no text): any CJK ideograph means Chinese.</summary>
    public static Language Guess(string? text) =>
        text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff') ? Language.Chinese : Language.English;
}
