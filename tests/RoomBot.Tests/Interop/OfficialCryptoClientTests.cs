using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using RoomBot.Tests.Infrastructure;

namespace RoomBot.Tests.Interop;

/// <summary>
/// WeCom's own crypto library (npm @wecom/crypto, the official JS package) plays WeCom against the bot on a real
/// socket: URL verification, a text message, the passive reply's signature and decryption, and two refusals.
/// tests/run-all.sh installs the package (npm ci in tests/interop).
/// </summary>
public sealed class OfficialCryptoClientTests
{
    [Fact]
    public async Task CallbackEndpoint_OfficialWeComCryptoClient_AllChecksPass()
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "interop", "wecom-client.mjs");
        Assert.True(Directory.Exists(Path.Combine(RepoPaths.Root, "tests", "interop", "node_modules", "@wecom", "crypto")),
            "@wecom/crypto is not installed: run `npm ci --prefix tests/interop` (tests/run-all.sh does)");
        await using var app = new RoomBotApplication().WithInteropKeys();
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);

        var (exitCode, output) = await RunNodeAsync(script, address.TrimEnd('/') + "/wecom/callback",
            CallbackKeys.Token, CallbackKeys.EncodingAesKey, CallbackKeys.CorpId, CallbackKeys.AgentId);

        Assert.True(exitCode == 0, output);
        Assert.Contains("all interop checks passed", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout + await stderr);
    }
}
