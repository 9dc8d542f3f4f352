using System.Text.RegularExpressions;

namespace RoomBot.Core.Conversation;

/// <summary>
/// A typed pick of a numbered choice: "the first one", "2", "#3", "second", "第一个", "选2". The parser leaves choosing
/// among the bot's numbered options to the conversation; only a message that is nothing but a pick counts.
/// </summary>
public static partial class OrdinalAnswer
{
    private static readonly string[] EnglishWords = ["first", "second", "third", "fourth", "fifth", "sixth"];
    private const string ChineseDigits = "一二三四五六";

    /// <summary>The 1-based choice, or null when the text is not a pick.</summary>
    public static int? TryParse(string? text)
    {
        var match = Pick().Match(text?.Trim().ToLowerInvariant() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["n"].Value;
        if (int.TryParse(value, out var number))
        {
            return number is >= 1 and <= 6 ? number : null;
        }

        var word = Array.IndexOf(EnglishWords, value);
        if (word >= 0)
        {
            return word + 1;
        }

        var chinese = ChineseDigits.IndexOf(value, StringComparison.Ordinal);
        return chinese >= 0 ? chinese + 1 : null;
    }

    [GeneratedRegex(@"^(?:(?:the|option|number|no\.?|#|pick|choose)\s*)*(?<n>[1-6]|first|second|third|fourth|fifth|sixth)(?:\s*(?:one|option))?\s*[.!]?$|^(?:选|选择|要)?第?(?<n>[1-6一二三四五六])(?:个|项|条)?[。！!]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pick();
}
