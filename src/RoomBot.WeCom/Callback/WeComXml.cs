using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace RoomBot.WeCom.Callback;

/// <summary>Reads WeCom's <c>&lt;xml&gt;</c> documents safely: no DTD, no external entities (XXE), no resolver.</summary>
internal static class WeComXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The <c>&lt;xml&gt;</c> root of <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">Not well-formed XML, a DTD, or another root element.</exception>
    public static XElement ParseRoot(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new FormatException("The XML document is empty.");
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FormatException("The XML document is malformed: " + ex.Message, ex);
        }
        if (doc.Root is not { Name.LocalName: "xml" } root)
            throw new FormatException("The document root is not <xml>.");
        return root;
    }

    public static string? Optional(XElement parent, string name) => parent.Element(name)?.Value;

    public static string Required(XElement parent, string name) =>
        parent.Element(name)?.Value ?? throw new FormatException("<" + name + "> is missing.");

    public static long? OptionalLong(XElement parent, string name)
    {
        var text = Optional(parent, name);
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException("<" + name + "> is not an integer.");
    }
}
