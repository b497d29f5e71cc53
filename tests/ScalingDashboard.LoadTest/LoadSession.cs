using Microsoft.Playwright;

namespace ScalingDashboard.LoadTest;

/// <summary>
/// A person in Chromium (a context of their own): upload a table, open it in the Explorer, switch the holdout on, move
/// the threshold slider a few times, export the fitted parameters, and again, with pauses between actions.
/// </summary>
internal sealed class LoadSession(int number, IBrowser browser, Uri baseUrl, UploadVariants variants, LoadMetrics metrics, LoadTestOptions options)
    : PersonSession(number, metrics, options)
{
    private DashboardPage? _page;

    protected override string Kind => "browser";

    protected override async Task<IAsyncDisposable> BeginAsync() =>
        _page = await DashboardPage.OpenAsync(browser, baseUrl, (kind, detail) => Metrics.Error(kind, $"{Name}, {Step}: {detail}"));

    protected override bool IsStepFailure(Exception exception) => exception is PlaywrightException or InvalidOperationException;

    protected override async Task LoopOnceAsync(int upload, DateTime deadline)
    {
        var page = _page!;
        Step = "data page";
        await page.OpenDataPageAsync();
        await ThinkAsync();

        Step = "upload";
        var (path, rows) = variants.Write(Number, upload);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var id = await page.UploadAsync(path);
        Metrics.Record(LoadMetrics.Upload, watch.Elapsed.TotalMilliseconds);
        Uploads++;
        File.Delete(path);

        Step = "explorer";
        watch.Restart();
        await page.OpenExplorerAsync(id);
        Metrics.Record(LoadMetrics.ExplorerOpen, watch.Elapsed.TotalMilliseconds);
        await ThinkAsync();
        Step = "holdout switch";
        await page.SwitchHoldoutOnAsync();

        for (var move = 0; move < Options.SliderMovesPerVisit && DateTime.UtcNow < deadline; move++)
        {
            await ThinkAsync();
            Step = "slider";
            var (toPlot, toLastMessage) = await page.MoveSliderAsync(NextUniform());
            Metrics.Record(LoadMetrics.SliderToPlot, toPlot);
            Metrics.Record(LoadMetrics.SliderServerShare, toLastMessage);
            SliderMoves++;
        }

        if (DateTime.UtcNow < deadline)
        {
            await ExportAndCheckAsync(page.ExportJsonAsync, id, rows);
        }
    }
}
