using System.Globalization;
using Microsoft.Playwright;
using ScalingDashboard.E2E;

// Time from a threshold-slider change to the redrawn scaling plot, in Chromium against the running app, on the
// built-in compute ladder with three fit forms. Run: dotnet run -c Release --project tests/ScalingDashboard.BrowserBenchmarks
// [-- --bootstrap] (with bootstrap bands on: the time to the first redraw, the fits; the bands follow).
// SLIDER_FORMS=id,id,... picks other forms (e.g. one power law alone, to see the cost of the round trip and drawing).
namespace ScalingDashboard.BrowserBenchmarks;

internal static class SliderLatency
{
    public static async Task Main(string[] args)
    {
        var bootstrap = args.Contains("--bootstrap");
        const int Warmup = 5;
        const int Samples = 40;
        var forms = Environment.GetEnvironmentVariable("SLIDER_FORMS") ?? "log-accuracy-power-law,log-accuracy-power-law-ceiling,sigmoid";

        // Outside a test project WebApplicationFactory cannot find the web project's folder by itself: name it.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SCALINGDASHBOARD_WEB", Path.Combine(RepositoryRoot(), "src", "ScalingDashboard.Web"));
        using var server = new DashboardServer();
        using var playwright = await Playwright.CreateAsync();
        var options = new BrowserTypeLaunchOptions
        {
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        };
        var executable = Environment.GetEnvironmentVariable("SCALING_DASHBOARD_CHROMIUM") ?? (File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null);
        if (executable is not null)
        {
            options.ExecutablePath = executable;
        }

        await using var browser = await playwright.Chromium.LaunchAsync(options);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        await page.GotoAsync($"{server.BaseUrl}/explorer?t=6e21&forms={forms}{(bootstrap ? "&boot=1" : "")}");
        await page.Locator("[data-testid=scaling-plot-0] .js-plotly-plot svg.main-svg").First.WaitForAsync();

        // Sets the slider in the page and resolves when Plotly reports the scaling plot redrawn.
        const string Step = """
            async (value) => {
                const gd = document.querySelector('[data-testid=scaling-plot-0] .js-plotly-plot');
                const input = document.querySelector('[data-testid=explorer-controls] input[type=range]');
                return await new Promise(resolve => {
                    const t0 = performance.now();
                    const done = () => { gd.removeListener('plotly_afterplot', done); resolve(performance.now() - t0); };
                    gd.on('plotly_afterplot', done);
                    input.value = value;
                    input.dispatchEvent(new Event('input', { bubbles: true }));
                });
            }
            """;

        var timings = new List<double>();
        for (var i = 0; i < Warmup + Samples; i++)
        {
            // Alternate between thresholds far enough apart that every step changes the split.
            var value = (i % 2 == 0 ? 20.5 + (i % 10) * 0.1 : 21.3 + (i % 10) * 0.05).ToString("0.00", CultureInfo.InvariantCulture);
            var ms = await page.EvaluateAsync<double>(Step, value);
            if (i >= Warmup)
            {
                timings.Add(ms);
            }
        }

        timings.Sort();
        double Percentile(double p) => timings[(int)Math.Min(timings.Count - 1, Math.Round(p * (timings.Count - 1)))];
        Console.WriteLine($"slider -> redrawn scaling plot, built-in compute ladder (150 runs), forms {forms}, bootstrap {(bootstrap ? "on" : "off")}, {Samples} samples:");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  median {Percentile(0.5):0.0} ms, p90 {Percentile(0.9):0.0} ms, min {timings[0]:0.0} ms, max {timings[^1]:0.0} ms"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ScalingDashboard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Run from inside the repository.");
    }
}
