using Microsoft.Playwright;

namespace ScalingDashboard.LoadTest;

/// <summary>Launches the Chromium the end-to-end tests use: SCALING_DASHBOARD_CHROMIUM, else Debian's, else Playwright's.</summary>
internal static class Chromium
{
    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        // Many pages in one browser: keep every one of them drawing as a foreground tab would.
        "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var options = new BrowserTypeLaunchOptions { Headless = true, Args = Args };
        var executable = Environment.GetEnvironmentVariable("SCALING_DASHBOARD_CHROMIUM");
        if (string.IsNullOrEmpty(executable) && File.Exists("/usr/bin/chromium"))
        {
            executable = "/usr/bin/chromium";
        }

        if (!string.IsNullOrEmpty(executable))
        {
            options.ExecutablePath = executable;
        }

        return await playwright.Chromium.LaunchAsync(options);
    }
}
