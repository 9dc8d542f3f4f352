using System.Text.RegularExpressions;

namespace RoomBot.Core.Reminders;

/// <summary>Finds a group robot's key by the name a request used: configured groups first, then ones registered in chat.</summary>
public sealed partial class WebhookGroups(RemindersOptions options, IWebhookGroupStore store)
{
    private static readonly string[] Suffixes = [" group", " team", "组", "群"];

    public async Task<string?> FindKeyAsync(string name, CancellationToken ct)
    {
        foreach (var candidate in Candidates(name))
        {
            if (FindConfigured(candidate) is { } configured)
            {
                return ParseKey(configured.Value) ?? configured.Value;
            }

            if (await store.FindKeyAsync(Normalize(candidate), ct) is { } stored)
            {
                return stored;
            }
        }

        return null;
    }

    /// <summary>The configured entry of this name, whose key chat cannot replace.</summary>
    public KeyValuePair<string, string>? FindConfigured(string name)
    {
        foreach (var pair in options.Webhooks)
        {
            if (string.Equals(pair.Key.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return pair;
            }
        }

        return null;
    }

    /// <summary>The key itself, or the key of a pasted webhook address (…/cgi-bin/webhook/send?key=KEY, doc 91770);
    /// null when it does not look like a robot key.</summary>
    public static string? ParseKey(string value)
    {
        var at = value.IndexOf("key=", StringComparison.OrdinalIgnoreCase);
        var key = at >= 0 ? value[(at + 4)..].Split('&')[0] : value.Trim();
        return KeyShape().IsMatch(key) ? key : null;
    }

    /// <summary>Names are matched without case and surrounding blanks.</summary>
    public static string Normalize(string name) => name.Trim().ToLowerInvariant();

    /// <summary>"remind design group" and "提醒设计组" should reach the group registered as "design" / "设计".</summary>
    private static IEnumerable<string> Candidates(string name)
    {
        var trimmed = name.Trim();
        yield return trimmed;
        foreach (var suffix in Suffixes)
        {
            if (trimmed.Length > suffix.Length && trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                yield return trimmed[..^suffix.Length].Trim();
            }
        }
    }

    // A robot key is a UUID today; any plain token of that alphabet is accepted so a demo key works too.
    [GeneratedRegex("^[A-Za-z0-9-]{8,128}$")]
    private static partial Regex KeyShape();
}
