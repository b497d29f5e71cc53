using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ScalingDashboard.E2E;

// Time from a threshold-slider change to the redrawn scaling plot, in Chromium against the running app, on the
// built-in compute ladder with three fit forms. Run: dotnet run -c Release --project tests/ScalingDashboard.BrowserBenchmarks
// [-- --bootstrap] (with bootstrap bands on: the time to the first redraw, the fits; the bands follow).
// SLIDER_FORMS=id,id,... picks other forms (e.g. one power law alone, to see the cost of the round trip and drawing).
// --leaderboard: the 7,169-row Open LLM Leaderboard (../shared/data, not shipped) instead, mmlu against params_b with
// the power law alone (issue 9's target: median under 150 ms, p90 under 300 ms).
namespace ScalingDashboard.BrowserBenchmarks;

internal static class SliderLatency
{
    public static async Task Main(string[] args)
    {
        var bootstrap = args.Contains("--bootstrap");
        var leaderboard = args.Contains("--leaderboard");
        const int Warmup = 5;
        const int Samples = 40;
        var forms = Environment.GetEnvironmentVariable("SLIDER_FORMS")
            ?? (leaderboard ? "log-accuracy-power-law" : "log-accuracy-power-law,log-accuracy-power-law-ceiling,sigmoid");

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
        // Counts the circuit's bytes from the server per tick (Plotly.Blazor ships whole traces on every redraw) and
        // when the last message before the redraw arrived, to split the time into server + wire and drawing.
        await page.AddInitScriptAsync("""
            (() => {
                const Native = window.WebSocket;
                window.__frames = [];
                window.WebSocket = class extends Native {
                    constructor(...args) {
                        super(...args);
                        this.addEventListener('message', e => window.__frames.push([performance.now(), e.data.byteLength ?? e.data.length ?? 0]));
                    }
                };
            })();
            """);
        var view = leaderboard ? $"dataset={AddLeaderboard(server)}&bench=mmlu&x=params_b&t=3e10" : "t=6e21";
        await page.GotoAsync($"{server.BaseUrl}/explorer?{view}&forms={forms}{(bootstrap ? "&boot=1" : "")}");
        await page.Locator("[data-testid=scaling-plot-0] .js-plotly-plot svg.main-svg").First.WaitForAsync();

        // Sets the slider in the page and resolves when Plotly reports the scaling plot redrawn.
        const string Step = """
            async (value) => {
                const gd = document.querySelector('[data-testid=scaling-plot-0] .js-plotly-plot');
                const input = document.querySelector('[data-testid=explorer-controls] input[type=range]');
                if (!window.Plotly.__timed) {
                    const react = window.Plotly.react;
                    window.Plotly.react = function (...args) {
                        const start = performance.now();
                        const result = react.apply(this, args);
                        window.__reacts.push(performance.now() - start);
                        return result;
                    };
                    window.Plotly.__timed = true;
                }
                return await new Promise(resolve => {
                    const t0 = performance.now();
                    window.__frames = [];
                    window.__reacts = [];
                    const done = () => {
                        gd.removeListener('plotly_afterplot', done);
                        const t1 = performance.now();
                        const frames = window.__frames.filter(f => f[0] <= t1);
                        const bytes = frames.reduce((sum, f) => sum + f[1], 0);
                        const last = frames.length ? frames[frames.length - 1][0] - t0 : 0;
                        const first = frames.length ? frames[0][0] - t0 : 0;
                        const drawing = window.__reacts.reduce((sum, d) => sum + d, 0);
                        resolve([t1 - t0, bytes, last, first, drawing]);
                    };
                    gd.on('plotly_afterplot', done);
                    input.value = value;
                    input.dispatchEvent(new Event('input', { bubbles: true }));
                });
            }
            """;

        var timings = new List<double>();
        var fits = new List<double>();
        var bytes = new List<double>();
        var lastMessage = new List<double>();
        var firstMessage = new List<double>();
        var drawing = new List<double>();
        for (var i = 0; i < Warmup + Samples; i++)
        {
            // Alternate between thresholds far enough apart that every step changes the split.
            var (low, high) = leaderboard ? (9.5, 10.3) : (20.5, 21.3);
            var value = (i % 2 == 0 ? low + (i % 10) * 0.1 : high + (i % 10) * 0.05).ToString("0.00", CultureInfo.InvariantCulture);
            var step = await page.EvaluateAsync<double[]>(Step, value);
            if (i >= Warmup)
            {
                timings.Add(step[0]);
                bytes.Add(step[1]);
                lastMessage.Add(step[2]);
                firstMessage.Add(step[3]);
                drawing.Add(step[4]);
                // The server's share: the analysis time the page reports ("fitted in 12.3 ms").
                var text = await page.Locator("[data-testid=fit-timing]").InnerTextAsync();
                var parts = text.Replace("fitted in ", "", StringComparison.Ordinal).Split(' ');
                fits.Add(double.Parse(parts[0], CultureInfo.InvariantCulture) * (parts[1] == "s" ? 1000 : 1));
            }
        }

        timings.Sort();
        fits.Sort();
        bytes.Sort();
        lastMessage.Sort();
        firstMessage.Sort();
        drawing.Sort();
        double Percentile(double p) => timings[(int)Math.Min(timings.Count - 1, Math.Round(p * (timings.Count - 1)))];
        var table = leaderboard ? "Open LLM Leaderboard (7,169 rows)" : "built-in compute ladder (150 runs)";
        Console.WriteLine($"slider -> redrawn scaling plot, {table}, forms {forms}, bootstrap {(bootstrap ? "on" : "off")}, {Samples} samples:");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  median {Percentile(0.5):0.0} ms, p90 {Percentile(0.9):0.0} ms, min {timings[0]:0.0} ms, max {timings[^1]:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  of which the analysis on the server (median): {fits[fits.Count / 2]:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  server to browser per tick (median): {bytes[bytes.Count / 2] / 1024:0} KiB, first message {firstMessage[firstMessage.Count / 2]:0.0} ms and last {lastMessage[lastMessage.Count / 2]:0.0} ms after the input; Plotly.react {drawing[drawing.Count / 2]:0.0} ms"));
    }

    /// <summary>Stores the shared Open LLM Leaderboard CSV as an upload and returns its dataset id.</summary>
    private static string AddLeaderboard(DashboardServer server)
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "data", "open-llm-leaderboard", "open_llm_leaderboard_v1_2024-07-07.csv");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("--leaderboard needs ../shared/data/open-llm-leaderboard beside the repository.", path);
        }

        var store = server.Services.GetRequiredService<ScalingDashboard.Web.Services.IDatasetStore>();
        return store.Add("open_llm_leaderboard_v1_2024-07-07.csv", File.ReadAllText(path), new Dictionary<string, ScalingDashboard.Core.Data.ColumnRole>()).Id;
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
