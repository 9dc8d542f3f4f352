using Microsoft.Extensions.Options;
using RoomBot.Core.Reminders;

namespace RoomBot.Reminders;

/// <summary>Stops start-up on a bad <c>Reminders</c> section, naming the key (never a webhook key's value).</summary>
internal sealed class RemindersOptionsValidator : IValidateOptions<RemindersOptions>
{
    public ValidateOptionsResult Validate(string? name, RemindersOptions options)
    {
        var failures = new List<string>();
        if (options.LeadMinutes is < 1 or > 1440)
        {
            failures.Add($"Reminders:LeadMinutes must be between 1 and 1440 minutes (was {options.LeadMinutes}).");
        }

        if (options.AutoReleaseMinutes is < 1 or > 240)
        {
            failures.Add("Reminders:AutoReleaseMinutes must be empty (off) or between 1 and 240 minutes " +
                         $"(was {options.AutoReleaseMinutes}).");
        }

        if (options.PollSeconds is < 1 or > 300)
        {
            failures.Add($"Reminders:PollSeconds must be between 1 and 300 (was {options.PollSeconds}).");
        }

        foreach (var (group, key) in options.Webhooks)
        {
            if (string.IsNullOrWhiteSpace(group))
            {
                failures.Add("Reminders:Webhooks has an entry without a name.");
            }
            else if (WebhookGroups.ParseKey(key ?? "") is null)
            {
                failures.Add($"Reminders:Webhooks:{group} must be a group robot key or webhook address " +
                             "(letters, digits and '-', 8 to 128 characters).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
