using System.Text.RegularExpressions;

namespace RoomBot.Core.Parsing.Time;

/// <summary>
/// Which culture model reads the time words. Usually the message's language, but in mixed text the time words
/// decide: "明天 3pm book room 2" is answered in English yet only the Chinese model understands 明天 (am/pm are
/// rewritten for it, so they do not count as English).
/// </summary>
internal static partial class RecognizerLanguage
{
    public static Language For(string text, Language messageLanguage)
    {
        var chinese = ChineseTimeWords().IsMatch(text);
        var english = EnglishTimeWords().IsMatch(text);
        return (chinese, english) switch
        {
            (true, false) => Language.Chinese,
            (false, true) => Language.English,
            _ => messageLanguage,
        };
    }

    [GeneratedRegex(@"[今明后昨前]天|[上下中]午|晚上|早上|凌晨|今晚|明早|明晚|[周星期礼拜][一二三四五六日天]|[0-9一二两三四五六七八九十]\s*[点号月日]|小时|分钟")]
    private static partial Regex ChineseTimeWords();

    [GeneratedRegex(@"\b(?:today|tomorrow|tmrw|tonight|yesterday|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|noon|midnight|morning|afternoon|evening|hours?|minutes?|mins?|next|week|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|at)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishTimeWords();
}
