using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RoomBot.Tests.Infrastructure;

/// <summary>
/// The built RoomBot.dll as a child process, configured through environment variables as an operator would: to read
/// what start-up says, to run a command, or to serve on a free loopback port until killed (SIGKILL, no goodbye).
/// </summary>
public sealed class RoomBotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RoomBotProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The host built in the same configuration as these tests (Debug or Release).</summary>
    public static string HostDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var dll = Path.Combine(RepoPaths.Root, "src", "RoomBot", "bin", configuration, "net10.0", "RoomBot.dll");
            Assert.True(File.Exists(dll), dll + " is built before the tests run");
            return dll;
        }
    }

    /// <summary>Runs RoomBot with <paramref name="args"/> until it exits (at most three minutes).</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IDictionary<string, string> environment,
        params string[] args)
    {
        using var process = Process.Start(StartInfo(environment, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Generous: a few seconds usually, far more on a busy 2-core machine.
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(180));
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts RoomBot on a free loopback port and waits until <c>/healthz/ready</c> answers 200.</summary>
    public static async Task<RoomBotProcess> StartAsync(IDictionary<string, string> environment)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var settings = new Dictionary<string, string>(environment) { ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/') };
        var bot = new RoomBotProcess(Process.Start(StartInfo(settings, []))!, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        // Generous: a cold start on a busy 2-core machine takes far longer than the usual few seconds.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        while (true)
        {
            if (bot._process.HasExited)
            {
                throw new InvalidOperationException($"RoomBot exited with {bot._process.ExitCode}: {bot.Output}");
            }

            try
            {
                using var ready = await http.GetAsync("/healthz/ready", patience.Token);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!patience.IsCancellationRequested)
            {
                // a slow answer during start-up
            }

            await Task.Delay(100, patience.Token);
        }
    }

    /// <summary>SIGKILL: the process dies mid-stream, its connections drop, nothing is flushed or finished.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static ProcessStartInfo StartInfo(IDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(HostDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
