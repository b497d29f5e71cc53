using System.Diagnostics;
using Microsoft.Playwright;

namespace ScalingDashboard.LoadTest;

/// <summary>
/// N sessions in one Chromium (one context each) against the real app for a bounded time, then the server's memory
/// once they are gone and it has idled. Everything runs on this machine: the browsers' CPU is measured and reported
/// beside the server's, since on 2 cores it is taken from the server and shows up in the latency.
/// </summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(LoadTestOptions options)
    {
        using var server = options.Url is null ? await AppServer.StartAsync(options.Published) : null;
        var baseUrl = options.Url ?? server!.BaseUrl;
        int? ServerPid() => server?.ProcessId ?? options.ServerPid;
        Console.WriteLine($"Server {baseUrl} (pid {ServerPid()?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}); {options.Sessions} browser and {options.ProtocolSessions} protocol sessions for {options.Minutes} min{(options.Heavy ? " with an abandoned heavy link" : "")}.");

        var report = new LoadReport { Options = options, LoadAverageAtStart = ResourceSampler.LoadAverage() };
        var metrics = new LoadMetrics();
        using var variants = new UploadVariants(options.Seed);
        await using var sampler = new ResourceSampler(ServerPid);
        report.RssStart = sampler.StartRss;
        using var playwright = await Playwright.CreateAsync();
        var browser = options.Sessions > 0 || options.Heavy ? await Chromium.LaunchAsync(playwright, options.NiceBrowsers) : null;

        var run = sampler.Begin();
        var started = DateTime.UtcNow;
        var deadline = started.AddMinutes(options.Minutes);
        var sessions = Enumerable.Range(1, options.Sessions).Select(n => (ILoadSession)new LoadSession(n, browser!, baseUrl, variants, metrics, options))
            .Concat(Enumerable.Range(options.Sessions + 1, options.ProtocolSessions).Select(n => new Protocol.ProtocolSession(n, baseUrl, variants, metrics, options)))
            .ToList();
        // People arrive over a few seconds, not in one instant: 300 ms apart (15 s for 50).
        var running = sessions.Select(async (session, i) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300 * i));
            await session.RunAsync(deadline);
        }).ToList();
        if (options.Heavy)
        {
            running.Add(OpenHeavyLinkAsync(browser!, baseUrl, metrics, report, TimeSpan.FromMilliseconds(300 * options.AllSessions)));
        }

        var progress = ReportProgressAsync(metrics, sessions, deadline);
        await Task.WhenAll(running);
        metrics.Closed = true;
        await progress;
        var (serverPercent, generatorPercent, seconds) = run.End();
        report.RunSeconds = seconds;
        report.ServerCpuPercent = serverPercent;
        report.GeneratorCpuPercent = generatorPercent;
        report.RssEnd = sampler.Rss();

        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        Console.WriteLine($"Sessions closed; idling {options.IdleSeconds} s before the last memory reading ...");
        // The first seconds after the sessions close are the server settling (last messages, tiered JIT, GC); CPU over
        // the idle's last stretch says whether abandoned work still runs.
        var tail = Math.Min(20, options.IdleSeconds / 2.0);
        await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds - tail));
        var idle = sampler.Begin();
        await Task.Delay(TimeSpan.FromSeconds(tail));
        report.IdleServerCpuPercent = idle.End().ServerPercent;
        report.RssAfterIdle = sampler.Rss();
        report.RssPeak = sampler.PeakRss;
        report.LoadAverageAtEnd = ResourceSampler.LoadAverage();
        report.PeakLoadAverage = sampler.PeakLoadAverage;
        report.Fill(metrics, sessions);
        report.ServerLogErrors = server?.ErrorLogLines() ?? [];

        report.Print();
        await report.WriteJsonAsync(options.SummaryPath);
        Console.WriteLine($"Summary written to {Path.GetFullPath(options.SummaryPath)}");
        return report.Errors == 0 ? 0 : 1;
    }

    private static async Task OpenHeavyLinkAsync(IBrowser browser, Uri baseUrl, LoadMetrics metrics, LoadReport report, TimeSpan after)
    {
        // Once every session is under way, so it lands in the middle of the load.
        await Task.Delay(after);
        var watch = Stopwatch.StartNew();
        try
        {
            report.Heavy = await HeavyLink.OpenAndAbandonAsync(browser, baseUrl, metrics);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            metrics.Error("heavy link", ex.Message);
            report.Heavy = $"failed after {watch.Elapsed.TotalSeconds:0} s: {ex.Message}";
        }
    }

    private static async Task ReportProgressAsync(LoadMetrics metrics, List<ILoadSession> sessions, DateTime deadline)
    {
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Max(1, (deadline - DateTime.UtcNow).TotalSeconds))));
            var slider = metrics.Summary(LoadMetrics.SliderToPlot);
            var redraw = metrics.Summary(LoadMetrics.ProtocolSliderToRedraw);
            Console.WriteLine(FormattableString.Invariant(
                $"  {DateTime.Now:HH:mm:ss} uploads {sessions.Sum(s => s.Uploads)}, slider moves {slider.Count} in Chromium (p50 {slider.P50:0} ms, p95 {slider.P95:0} ms), {redraw.Count} over the protocol (p50 {redraw.P50:0} ms, p95 {redraw.P95:0} ms), exports {sessions.Sum(s => s.Exports)}, errors {metrics.ErrorCount}, load {ResourceSampler.LoadAverage():0.0}"));
        }
    }
}
