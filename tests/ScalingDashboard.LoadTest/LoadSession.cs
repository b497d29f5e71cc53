using Microsoft.Playwright;

namespace ScalingDashboard.LoadTest;

/// <summary>
/// One simulated person until the deadline: upload a table, open it in the Explorer, move the threshold slider a few
/// times, export the fitted parameters, and again, with pauses between actions. A failed step is counted by kind and
/// the session starts over from the Data page.
/// </summary>
internal sealed class LoadSession(int number, IBrowser browser, Uri baseUrl, UploadVariants variants, LoadMetrics metrics, LoadTestOptions options) : ILoadSession
{
    private readonly Random _random = new(unchecked((options.Seed * 7919) + number));
    private string _step = "open";

    public int Uploads { get; private set; }

    public int SliderMoves { get; private set; }

    public int Exports { get; private set; }

    public async Task RunAsync(DateTime deadline)
    {
        await using var page = await DashboardPage.OpenAsync(browser, baseUrl,
            (kind, detail) => metrics.Error(kind, $"session {number}, {_step}: {detail}"));
        var upload = 0;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await LoopOnceAsync(page, upload++, deadline);
            }
            catch (TimeoutException ex)
            {
                metrics.Error($"timeout ({_step})", $"session {number}: {ex.Message}");
            }
            catch (Exception ex) when (ex is PlaywrightException or InvalidOperationException)
            {
                metrics.Error($"failed ({_step})", $"session {number}: {ex.Message}");
            }
        }
    }

    private async Task LoopOnceAsync(DashboardPage page, int upload, DateTime deadline)
    {
        _step = "data page";
        await page.OpenDataPageAsync();
        await ThinkAsync();

        _step = "upload";
        var (path, rows) = variants.Write(number, upload);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var id = await page.UploadAsync(path);
        metrics.Record(LoadMetrics.Upload, watch.Elapsed.TotalMilliseconds);
        Uploads++;
        File.Delete(path);

        _step = "explorer";
        watch.Restart();
        await page.OpenExplorerAsync(id);
        metrics.Record(LoadMetrics.ExplorerOpen, watch.Elapsed.TotalMilliseconds);
        await ThinkAsync();
        _step = "holdout switch";
        await page.SwitchHoldoutOnAsync();

        for (var move = 0; move < options.SliderMovesPerVisit && DateTime.UtcNow < deadline; move++)
        {
            await ThinkAsync();
            _step = "slider";
            var (toPlot, toLastMessage) = await page.MoveSliderAsync(_random.NextDouble());
            metrics.Record(LoadMetrics.SliderToPlot, toPlot);
            metrics.Record(LoadMetrics.SliderServerShare, toLastMessage);
            SliderMoves++;
        }

        if (DateTime.UtcNow >= deadline)
        {
            return;
        }

        await ThinkAsync();
        _step = "export";
        watch.Restart();
        var json = await page.ExportJsonAsync();
        metrics.Record(LoadMetrics.Export, watch.Elapsed.TotalMilliseconds);
        if (ExportCheck.Problem(json, id, rows) is { } problem)
        {
            metrics.Error("bad export", $"session {number}, dataset {id}: {problem}");
        }

        Exports++;
    }

    private Task ThinkAsync() =>
        Task.Delay(TimeSpan.FromMilliseconds(options.ThinkMilliseconds * (0.5 + _random.NextDouble())));
}
