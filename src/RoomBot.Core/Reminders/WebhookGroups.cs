namespace RoomBot.Core.Reminders;

/// <summary>Finds a group robot's key by the name a request used: configured groups first, then ones registered in chat.</summary>
public sealed class WebhookGroups(RemindersOptions options, IWebhookGroupStore store)
{
    private static readonly string[] Suffixes = [" group", " team", "组", "群"];

    public async Task<string?> FindKeyAsync(string name, CancellationToken ct)
    {
        foreach (var candidate in Candidates(name))
        {
            if (FindConfigured(candidate) is { } configured)
            {
                return configured.Value;
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
}
