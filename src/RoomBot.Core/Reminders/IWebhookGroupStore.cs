namespace RoomBot.Core.Reminders;

/// <summary>Group robots registered in chat ("add group design KEY"); configured ones live in the options.</summary>
public interface IWebhookGroupStore
{
    Task<string?> FindKeyAsync(string name, CancellationToken ct);

    Task SaveAsync(string name, string key, string registeredBy, DateTimeOffset at, CancellationToken ct);
}
