using System.Text.Json;

namespace RoomBot.Sandbox.Api;

/// <summary>
/// A request body read field by field, so a missing or wrongly typed field is answered with 40058 naming the field
/// (doc 90313: 40058 不合法的参数) rather than a generic failure.
/// </summary>
public sealed class JsonBody(JsonElement root, string path = "")
{
    public JsonElement Root => root;

    public static JsonBody Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid("the request body must be a JSON object, got an empty body");
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                ? new JsonBody(doc.RootElement.Clone())
                : throw Invalid("the request body must be a JSON object");
        }
        catch (JsonException ex)
        {
            throw Invalid($"malformed JSON body ({ex.Message})");
        }
    }

    public bool Has(string name) => root.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public int RequiredInt(string name) => OptionalInt(name) ?? throw Missing(name);

    public int? OptionalInt(string name)
    {
        var v = OptionalLong(name);
        return v is null or (>= int.MinValue and <= int.MaxValue) ? (int?)v : throw Invalid($"{path}{name} is out of range");
    }

    public long RequiredLong(string name) => OptionalLong(name) ?? throw Missing(name);

    public long? OptionalLong(string name)
    {
        if (!TryGet(name, out var v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : throw WrongType(name, "an integer");
    }

    public string RequiredString(string name) => OptionalString(name) is { Length: > 0 } s ? s : throw Missing(name);

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out var v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw WrongType(name, "a string");
    }

    public IReadOnlyList<string>? OptionalStringList(string name) =>
        OptionalList(name, "a list of strings", e => e.ValueKind == JsonValueKind.String, e => e.GetString()!);

    public IReadOnlyList<int>? OptionalIntList(string name) =>
        OptionalList(name, "a list of integers", e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out _), e => e.GetInt32());

    public JsonBody? OptionalObject(string name)
    {
        if (!TryGet(name, out var v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Object ? new JsonBody(v, $"{path}{name}.") : throw WrongType(name, "an object");
    }

    public JsonBody RequiredObject(string name) => OptionalObject(name) ?? throw Missing(name);

    public IReadOnlyList<JsonBody>? OptionalObjectList(string name) =>
        OptionalList(name, "a list of objects", e => e.ValueKind == JsonValueKind.Object, e => new JsonBody(e, $"{path}{name}[]."));

    public static SandboxException Invalid(string detail) => new(SandboxErrors.InvalidParameter, "invalid parameter: " + detail);

    private IReadOnlyList<T>? OptionalList<T>(string name, string expected, Func<JsonElement, bool> valid, Func<JsonElement, T> read)
    {
        if (!TryGet(name, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(name, expected);
        }

        var list = new List<T>();
        foreach (var e in v.EnumerateArray())
        {
            list.Add(valid(e) ? read(e) : throw WrongType(name, expected));
        }

        return list;
    }

    private bool TryGet(string name, out JsonElement value) =>
        root.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private SandboxException Missing(string name) => Invalid($"{path}{name} is required");

    private SandboxException WrongType(string name, string expected) => Invalid($"{path}{name} must be {expected}");
}
