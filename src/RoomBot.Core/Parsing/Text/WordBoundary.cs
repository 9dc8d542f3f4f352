namespace RoomBot.Core.Parsing.Text;

/// <summary>
/// Whether a match stands as a whole word: an end that is a Latin letter or digit must not touch another one
/// ("Everest" is not inside "Everestville", "1号会议室" not inside "11号会议室"); Han text has no word breaks.
/// </summary>
internal static class WordBoundary
{
    public static bool IsWhole(string text, int at, int length)
    {
        if (IsWordChar(text[at]) && at > 0 && IsWordChar(text[at - 1]))
        {
            return false;
        }

        var end = at + length;
        return !(IsWordChar(text[end - 1]) && end < text.Length && IsWordChar(text[end]));
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
