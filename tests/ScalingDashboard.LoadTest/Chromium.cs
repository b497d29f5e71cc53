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

    /// <param name="nice">Run Chromium at nice 10, so that on a shared machine the server gets the cores first and the
    /// latency measured is less the browsers' own queueing (a deployment's browsers are on other machines).</param>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, bool nice = false)
    {
        var options = new BrowserTypeLaunchOptions { Headless = true, Args = Args };
        var executable = Environment.GetEnvironmentVariable("SCALING_DASHBOARD_CHROMIUM");
        if (string.IsNullOrEmpty(executable) && File.Exists("/usr/bin/chromium"))
        {
            executable = "/usr/bin/chromium";
        }

        if (nice)
        {
            if (string.IsNullOrEmpty(executable))
            {
                throw new InvalidOperationException("--nice-browsers needs a Chromium on disk (/usr/bin/chromium or SCALING_DASHBOARD_CHROMIUM).");
            }

            // Every renderer Chromium starts inherits the wrapper's niceness.
            var wrapper = Path.Combine(Path.GetTempPath(), $"scaling-dashboard-load-chromium-{Environment.ProcessId}.sh");
            await File.WriteAllTextAsync(wrapper, $"#!/bin/sh\nexec nice -n 10 '{executable}' \"$@\"\n");
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            executable = wrapper;
        }

        if (!string.IsNullOrEmpty(executable))
        {
            options.ExecutablePath = executable;
        }

        return await playwright.Chromium.LaunchAsync(options);
    }
}
