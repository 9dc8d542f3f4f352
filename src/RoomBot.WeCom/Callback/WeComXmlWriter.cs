using System.Globalization;
using System.Text;
using System.Xml;

namespace RoomBot.WeCom.Callback;

/// <summary>
/// Writes WeCom-shaped XML the way WeCom does: strings in CDATA, numbers bare, no declaration, no whitespace.
/// </summary>
internal sealed class WeComXmlWriter
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<string> _open = new();

    public WeComXmlWriter() => Open("xml");

    public WeComXmlWriter Open(string name)
    {
        _sb.Append('<').Append(name).Append('>');
        _open.Push(name);
        return this;
    }

    public WeComXmlWriter Close()
    {
        _sb.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>A CDATA element; nothing when <paramref name="value"/> is null.</summary>
    public WeComXmlWriter Text(string name, string? value)
    {
        if (value is null)
            return this;
        _sb.Append('<').Append(name).Append('>');
        AppendCData(value);
        _sb.Append("</").Append(name).Append('>');
        return this;
    }

    public WeComXmlWriter Number(string name, long value)
    {
        _sb.Append('<').Append(name).Append('>').Append(value.ToString(CultureInfo.InvariantCulture)).Append("</").Append(name).Append('>');
        return this;
    }

    public WeComXmlWriter Number(string name, long? value) => value is { } v ? Number(name, v) : this;

    /// <summary>An already-formatted scalar (a JSON number or boolean), escaped as element text.</summary>
    public WeComXmlWriter Literal(string name, string value)
    {
        _sb.Append('<').Append(name).Append('>').Append(System.Security.SecurityElement.Escape(value)).Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>WeCom writes ids such as AgentID bare when they are digits; anything else goes in CDATA.</summary>
    public WeComXmlWriter NumberOrText(string name, string? value) =>
        value is { Length: > 0 } && value.All(char.IsAsciiDigit) && value.Length <= 18
            ? Number(name, long.Parse(value, CultureInfo.InvariantCulture))
            : Text(name, value);

    public override string ToString()
    {
        while (_open.Count > 0)
            Close();
        return _sb.ToString();
    }

    private void AppendCData(string value)
    {
        _sb.Append("<![CDATA[");
        foreach (var ch in ReplaceInvalidXmlChars(value))
            _sb.Append(ch);
        _sb.Append("]]>");
    }

    private IEnumerable<char> ReplaceInvalidXmlChars(string value)
    {
        // "]]>" would end the section early: close it after "]]" and reopen before ">".
        var safe = value.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal);
        for (var i = 0; i < safe.Length; i++)
        {
            var ch = safe[i];
            if (char.IsHighSurrogate(ch) && i + 1 < safe.Length && char.IsLowSurrogate(safe[i + 1]))
            {
                yield return ch;
                yield return safe[++i];
            }
            else
            {
                // Control characters cannot appear in XML at all, not even in CDATA; a reader would reject the whole reply.
                yield return XmlConvert.IsXmlChar(ch) ? ch : '\uFFFD';
            }
        }
    }
}
