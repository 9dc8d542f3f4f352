using System.Text;

namespace RoomBot.Core.Parsing.Text;

/// <summary>
/// Folds what IMEs type into one shape: full-width digits, letters and punctuation become ASCII, odd dashes and
/// spaces become plain ones, runs of spaces collapse. Chinese quotes and 、 stay: subjects and name lists use them.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            sb.Append(c);
            lastWasSpace = false;
        }

        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\t' or '\r' or '\n' => ' ',
        '\u3002' => '.',
        '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u301C' => '-',
        _ => c,
    };
}
