using Microsoft.Extensions.Options;
using RoomBot.Core;

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

        if (options.PendingQuestionLifetime <= TimeSpan.Zero)
        {
            failures.Add("RoomBot:PendingQuestionLifetime must be positive (e.g. 00:10:00).");
        }

        if (options.DirectoryCacheLifetime < TimeSpan.Zero)
        {
            failures.Add("RoomBot:DirectoryCacheLifetime must not be negative (e.g. 00:05:00).");
        }

        if (options.MyBookingsDays is < 1 or > 31)
        {
            failures.Add("RoomBot:MyBookingsDays must be between 1 and 31.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
