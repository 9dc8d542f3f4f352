using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace RoomBot.Tests.Sandbox;

/// <summary>
/// The real host (bot + sandbox) with its own SQLite file. Callbacks go to <paramref name="callbackUrl"/> (a
/// <see cref="FakeBot"/>) when given, else to the host's own <c>/wecom/callback</c>; a short
/// <paramref name="callbackTimeout"/> keeps retry tests fast.
/// </summary>
internal sealed class SandboxHost(Uri? callbackUrl = null, TimeSpan? callbackTimeout = null) : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "roombot-tests", Guid.NewGuid().ToString("N"));

    public const string CorpId = "wwroombotdemo0001";
    public const string Token = "RoomBotDemoToken";
    public const string EncodingAesKey = "Um9vbUJvdCBkZW1vIGtleSwgbm90IGEgc2VjcmV0ISE";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(directory);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:RoomBot"] = "Data Source=" + Path.Combine(directory, "roombot.db"),
            ["Sandbox:Enabled"] = "true",
            ["Sandbox:CallbackTimeout"] = (callbackTimeout ?? TimeSpan.FromSeconds(5)).ToString("c", CultureInfo.InvariantCulture),
            ["WeCom:CorpId"] = CorpId,
            ["WeCom:Token"] = Token,
            ["WeCom:EncodingAesKey"] = EncodingAesKey,
        };
        if (callbackUrl is not null)
        {
            settings["Sandbox:CallbackUrl"] = callbackUrl.ToString();
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the OS temp cleaner gets it.
        }
    }
}
