using Microsoft.Playwright;

namespace ScalingDashboard.E2E;

/// <summary>
/// One app server and one Chromium for all end-to-end tests. Chromium is Debian's (/usr/bin/chromium) where present,
/// or the one named by SCALING_DASHBOARD_CHROMIUM; otherwise Playwright's own download, which needs internet.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public DashboardServer Server { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Where screenshots go, for a person to look at: tests/ScalingDashboard.E2E/screenshots (not committed).</summary>
    public string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot(), "tests", "ScalingDashboard.E2E", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        Server = new DashboardServer();
        _playwright = await Playwright.CreateAsync();
        var options = new BrowserTypeLaunchOptions { Headless = true, Args = ChromiumArgs };
        var executable = Environment.GetEnvironmentVariable("SCALING_DASHBOARD_CHROMIUM");
        if (string.IsNullOrEmpty(executable) && File.Exists("/usr/bin/chromium"))
        {
            executable = "/usr/bin/chromium";
        }

        if (!string.IsNullOrEmpty(executable))
        {
            options.ExecutablePath = executable;
        }

        Browser = await _playwright.Chromium.LaunchAsync(options);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            BaseURL = Server.BaseUrl,
        });
        var page = await context.NewPageAsync();
        // The whole suite runs its test projects at once on CI's two cores (with PostgreSQL beside them): a step that
        // takes a second when the machine is quiet has once taken over 20 s there. A wait this long still fails a
        // page that never answers.
        page.SetDefaultTimeout(45_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Server?.Dispose();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ScalingDashboard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
