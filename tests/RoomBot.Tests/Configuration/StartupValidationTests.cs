using System.Diagnostics;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Configuration;

/// <summary>Starts the real RoomBot process with one bad setting (as an environment variable) and reads what it says.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("WeCom:EncodingAesKey", "tooshort")]
    [InlineData("WeCom:EncodingAesKey", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF!")]
    [InlineData("WeCom:Token", "has spaces in it")]
    [InlineData("WeCom:CorpId", "")]
    [InlineData("WeCom:Secret", "")]
    [InlineData("WeCom:AgentId", "0")]
    [InlineData("WeCom:ApiBaseUrl", "not a url")]
    [InlineData("RoomBot:TimeZone", "Mars/Olympus_Mons")]
    [InlineData("RoomBot:ReplyBudget", "00:00:06")]
    [InlineData("Database:Provider", "Oracle")]
    public async Task Start_InvalidSetting_ExitsNamingTheKey(string key, string value)
    {
        using var database = new TempDatabase();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RoomBotProcess.HostDll);
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["ConnectionStrings__RoomBot"] = $"Data Source={database.Path}";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, process.ExitCode);
        var error = await stderr;
        Assert.Contains("configuration is invalid", error, StringComparison.Ordinal);
        Assert.Contains(key, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", await stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ShippedConfiguration_IsValidAndHealthy()
    {
        await using var app = new RoomBotApplication();

        var response = await app.CreateClient().GetAsync("/healthz");

        response.EnsureSuccessStatusCode();
    }
}
