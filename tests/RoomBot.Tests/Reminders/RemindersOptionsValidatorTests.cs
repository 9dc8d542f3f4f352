using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomBot.Core.Reminders;

namespace RoomBot.Tests.Reminders;

public sealed class RemindersOptionsValidatorTests : ReminderHostTestBase
{
    [Theory]
    [InlineData("Reminders:LeadMinutes", "0")]
    [InlineData("Reminders:LeadMinutes", "2000")]
    [InlineData("Reminders:AutoReleaseMinutes", "0")]
    [InlineData("Reminders:PollSeconds", "0")]
    public async Task StartAsync_BadValue_StopsStartUpNamingTheKey(string key, string value)
    {
        using var host = ReminderTestHost.Build(Database, Time, Api, worker: false, new Dictionary<string, string?> { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_BadWebhookKey_NamesTheGroupButNotTheKey()
    {
        using var host = ReminderTestHost.Build(Database, Time, Api, worker: false,
            new Dictionary<string, string?> { ["Reminders:Webhooks:ops"] = "not a key!" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Reminders:Webhooks:ops", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not a key!", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_AutoReleaseEmpty_StartsWithReleaseOff()
    {
        var host = await StartHostAsync(settings: new Dictionary<string, string?> { ["Reminders:AutoReleaseMinutes"] = "" });

        var options = host.Services.GetRequiredService<RemindersOptions>();

        Assert.Null(options.AutoReleaseMinutes);
        Assert.Equal(10, options.LeadMinutes);
        Assert.Equal(ReminderTestHost.DesignKey, options.Webhooks["DESIGN"]);
    }
}
