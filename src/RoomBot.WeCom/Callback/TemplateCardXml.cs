using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using RoomBot.WeCom.Contracts;

namespace RoomBot.WeCom.Callback;

/// <summary>
/// The <c>&lt;TemplateCard&gt;</c> of a passive reply (doc 90241) is the card's JSON spelled as XML: snake_case names
/// become PascalCase elements and each list item is a repeated element (<c>&lt;ButtonList&gt;..&lt;/ButtonList&gt;&lt;ButtonList&gt;..</c>).
/// One generic conversion both ways, so the card's shape lives only in <see cref="TemplateCard"/>.
/// </summary>
internal static class TemplateCardXml
{
    public const string ElementName = "TemplateCard";

    // The one JSON name that is not snake_case but has a two-word element in 90241's example.
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal) { ["keyname"] = "KeyName" };
    private static readonly Dictionary<string, string> IrregularBack = Irregular.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static void Write(WeComXmlWriter xml, TemplateCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var json = JsonSerializer.SerializeToNode(card, WeComJson.Options)!.AsObject();
        xml.Open(ElementName);
        WriteObject(xml, json);
        xml.Close();
    }

    /// <exception cref="FormatException">The element does not describe a card.</exception>
    public static TemplateCard Read(XElement templateCard)
    {
        var json = ToJsonObject(templateCard);
        try
        {
            return json.Deserialize<TemplateCard>(WeComJson.Options) ?? throw new FormatException("<TemplateCard> is empty.");
        }
        catch (JsonException ex)
        {
            throw new FormatException("<TemplateCard> does not match the card model: " + ex.Message, ex);
        }
    }

    private static void WriteObject(WeComXmlWriter xml, JsonObject json)
    {
        foreach (var (name, value) in json)
            WriteValue(xml, ToPascal(name), value);
    }

    private static void WriteValue(WeComXmlWriter xml, string element, JsonNode? value)
    {
        switch (value)
        {
            case null:
                break;
            case JsonObject obj:
                xml.Open(element);
                WriteObject(xml, obj);
                xml.Close();
                break;
            case JsonArray array:
                foreach (var item in array)
                    WriteValue(xml, element, item);
                break;
            default:
                var scalar = value.AsValue();
                if (scalar.GetValueKind() == JsonValueKind.String)
                    xml.Text(element, scalar.GetValue<string>());
                else
                    xml.Literal(element, scalar.ToJsonString());
                break;
        }
    }

    private static JsonObject ToJsonObject(XElement parent)
    {
        var json = new JsonObject();
        foreach (var group in parent.Elements().GroupBy(e => e.Name.LocalName))
        {
            var name = ToSnake(group.Key);
            var items = group.ToList();
            // A single <ButtonList> is still a list: every *_list field of the card is an array.
            json[name] = items.Count > 1 || name.EndsWith("_list", StringComparison.Ordinal)
                ? new JsonArray(items.Select(ToNode).ToArray())
                : ToNode(items[0]);
        }
        return json;
    }

    // Scalars stay strings; WeComJson.Options reads numbers from strings.
    private static JsonNode ToNode(XElement element) =>
        element.HasElements ? ToJsonObject(element) : JsonValue.Create(element.Value);

    internal static string ToPascal(string jsonName)
    {
        if (Irregular.TryGetValue(jsonName, out var irregular))
            return irregular;
        var sb = new StringBuilder(jsonName.Length);
        foreach (var part in jsonName.Split('_', StringSplitOptions.RemoveEmptyEntries))
            sb.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        return sb.ToString();
    }

    internal static string ToSnake(string element)
    {
        if (IrregularBack.TryGetValue(element, out var irregular))
            return irregular;
        var sb = new StringBuilder(element.Length + 4);
        for (var i = 0; i < element.Length; i++)
        {
            var ch = element[i];
            if (char.IsAsciiLetterUpper(ch))
            {
                if (i > 0)
                    sb.Append('_');
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                sb.Append(ch);
            }
        }
        return sb.ToString();
    }
}
