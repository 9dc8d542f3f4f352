using Microsoft.Playwright;

namespace RoomBot.Tests.Sandbox;

/// <summary>
/// Headless Chromium from Debian's <c>chromium</c> package, driven by Playwright, with a fresh profile per session.
/// A missing browser fails the test (the README's test command installs it); it never skips.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowserContext context;
    private readonly string profile;

    private BrowserSession(IPlaywright playwright, IBrowserContext context, string profile, IPage page)
    {
        this.playwright = playwright;
        this.context = context;
        this.profile = profile;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Uncaught script errors of the page: a test ends by asserting there were none.</summary>
    public List<string> ScriptErrors { get; } = [];

    public static async Task<BrowserSession> StartAsync()
    {
        Assert.True(File.Exists(ChromiumPath),
            $"{ChromiumPath} is missing: install Debian's chromium package (apt-get install -y chromium), as the README's test command does.");
        var profile = Path.Combine(Path.GetTempPath(), "roombot-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Arguments,
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        var session = new BrowserSession(playwright, context, profile, page);
        page.PageError += (_, error) => session.ScriptErrors.Add(error);
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        playwright.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp cleaner gets it.
        }
    }
}
