using Microsoft.Extensions.Options;

namespace RoomBot.Configuration;

/// <summary>Refuses to start on a configuration that cannot work, naming the key.</summary>
internal sealed class RoomBotOptionsValidator : IValidateOptions<RoomBotOptions>
{
    public ValidateOptionsResult Validate(string? name, RoomBotOptions options)
    {
        var failures = new List<string>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
        {
            failures.Add($"RoomBot:TimeZone '{options.TimeZone}' is not a known time zone (use an IANA id such as Asia/Shanghai).");
        }

        if (options.ReplyBudget <= TimeSpan.Zero || options.ReplyBudget >= TimeSpan.FromSeconds(5))
        {
            failures.Add("RoomBot:ReplyBudget must be more than 0 and less than WeCom's 5 seconds (e.g. 00:00:03).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
