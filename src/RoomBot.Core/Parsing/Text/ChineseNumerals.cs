namespace RoomBot.Core.Parsing.Text;

/// <summary>Small numbers written in digits or Chinese numerals (一…九十九, 两), as rooms and head counts use them.</summary>
internal static class ChineseNumerals
{
    public const string Pattern = "[0-9]+|[零一二两三四五六七八九十]+";

    public static int? Parse(string text)
    {
        if (int.TryParse(text, out var n))
        {
            return n;
        }

        var total = 0;
        var current = -1;
        foreach (var c in text)
        {
            var digit = Digit(c);
            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current < 0 ? 1 : current) * 10;
                current = -1;
            }
            else
            {
                return null;
            }
        }

        return text.Length == 0 ? null : total + Math.Max(current, 0);
    }

    private static int Digit(char c) => c switch
    {
        '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
