namespace RoomBot.Core.Parsing.Text;

/// <summary>
/// Chinese when Han characters are at least as many as Latin words, counted after room and people names are
/// masked (so "book 大会议室 tomorrow" stays English and "订Everest" is Chinese).
/// </summary>
internal static class LanguageDetector
{
    public static Language Detect(string maskedText)
    {
        var han = 0;
        var latinWords = 0;
        var inWord = false;
        foreach (var c in maskedText)
        {
            if (IsHan(c))
            {
                han++;
            }

            var latin = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
            if (latin && !inWord)
            {
                latinWords++;
            }

            inWord = latin;
        }

        return han > 0 && han >= latinWords ? Language.Chinese : Language.English;
    }

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
