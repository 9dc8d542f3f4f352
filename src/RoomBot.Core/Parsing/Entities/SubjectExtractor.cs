using System.Text.RegularExpressions;
using RoomBot.Core.Parsing.Text;

namespace RoomBot.Core.Parsing.Entities;

/// <summary>
/// The meeting title, only when said explicitly: quoted text ("…", “…”, 「…」, 《…》) or after a keyword
/// (<c>subject</c>, <c>titled</c>, <c>called</c>, <c>topic</c>, <c>主题</c>, <c>标题</c>, <c>议题</c>). The subject is masked
/// so a title like "3pm review" is not read as a time.
/// </summary>
internal static partial class SubjectExtractor
{
    public static string? Extract(MaskedText text)
    {
        var current = text.Current;
        var quoted = Quoted().Match(current);
        if (quoted.Success)
        {
            var inner = quoted.Groups["q"];
            text.Mask(quoted.Index, quoted.Length);
            var keyword = KeywordBefore().Match(current[..quoted.Index]);
            if (keyword.Success)
            {
                text.Mask(keyword.Index, keyword.Length);
            }

            return Clean(inner.Value);
        }

        foreach (var regex in (Regex[])[EnglishKeyword(), ChineseKeyword()])
        {
            var m = regex.Match(current);
            if (m.Success && Clean(m.Groups["s"].Value) is { } subject)
            {
                text.Mask(m.Index, m.Length);
                return subject;
            }
        }

        return null;
    }

    private static string? Clean(string value)
    {
        var trimmed = value.Trim().Trim(',', '.', ';', ':', '、', '!', '?');
        return trimmed.Length == 0 ? null : trimmed;
    }

    [GeneratedRegex("\"(?<q>[^\"]+)\"|“(?<q>[^”]+)”|「(?<q>[^」]+)」|『(?<q>[^』]+)』|《(?<q>[^》]+)》|‘(?<q>[^’]+)’|(?<![A-Za-z0-9])'(?<q>[^']+)'(?![A-Za-z0-9])")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?:\b(?:subject|titled|title|called|named|topic|about)\b|主题|标题|议题|题目|名称)\s*(?:is|:|为|是)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordBefore();

    // The subject runs to a comma/full stop, to "with …", or to a word that starts a time, a room or a repeat.
    [GeneratedRegex(@"\b(?:subject|titled|title|called|topic)\b\s*(?:is\b|:|-)?\s*(?<s>.+?)(?=\s*[,.;!?、]|\s+(?:with|at|on|from|for|in|today|tonight|tomorrow|tmr|next|this|every|room|and\s+invite|invite)\b|\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishKeyword();

    [GeneratedRegex(@"(?:会议主题|主题|标题|议题|题目)\s*(?:是|为|:)?\s*(?<s>[^\s,.;!?、]+)")]
    private static partial Regex ChineseKeyword();
}
