using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ScalingDashboard.LoadTest.Protocol;

/// <summary>
/// The same person as <see cref="LoadSession"/> (upload, Explorer, holdout switch, slider moves, JSON export, with the
/// same pauses), speaking Blazor's protocol instead of driving Chromium: the server does all of its work (parsing,
/// storing, fitting, rendering, serialising every Plotly figure), the session only draws nothing. Its slider latency
/// is the server and network share: from the input event sent to the scaling plot's redraw call received.
/// </summary>
internal sealed partial class ProtocolSession(int number, Uri baseUrl, UploadVariants variants, LoadMetrics metrics, LoadTestOptions options)
    : PersonSession(number, metrics, options)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);
    private const string Click = """{"type":"click","detail":1,"button":0}""";

    private readonly Dictionary<string, string> _storage = new(StringComparer.Ordinal);
    private Lease? _lease;

    protected override string Kind => "protocol";

    protected override Task<IAsyncDisposable> BeginAsync() =>
        Task.FromResult<IAsyncDisposable>(_lease = Lease.Open(baseUrl));

    protected override bool IsStepFailure(Exception exception) =>
        exception is InvalidOperationException or HttpRequestException or TaskCanceledException
            or Microsoft.AspNetCore.SignalR.HubException or System.Text.Json.JsonException or IOException;

    protected override async Task LoopOnceAsync(int upload, DateTime deadline)
    {
        var http = _lease!.Http;
        Step = "data page";
        string id;
        int rows;
        await using (var data = await OpenAsync(http, "/data"))
        {
            await ThinkAsync();
            Step = "upload";
            (id, rows) = await UploadAsync(data, upload);
            // The person reads the stored table's page before going on; closing at once would race its render.
            await ThinkAsync();
        }

        Step = "explorer";
        var watch = Stopwatch.StartNew();
        await using var explorer = await OpenAsync(http, $"/explorer?dataset={id}");
        var plotId = await ScalingPlotIdAsync(explorer);
        await explorer.WaitUntilAsync(() => explorer.HasDrawn(plotId), "scaling plot", StepTimeout);
        Metrics.Record(LoadMetrics.ExplorerOpen, watch.Elapsed.TotalMilliseconds);
        await ThinkAsync();

        Step = "holdout switch";
        var toggle = await explorer.WaitForAsync(p => p.Find(e => e.Attribute("data-testid") == "threshold-switch" && e.Handlers.ContainsKey("onchange")),
            "threshold switch", StepTimeout);
        await explorer.DispatchAsync(toggle.Handlers["onchange"], "change", """{"value":true}""", StepTimeout);
        var slider = await explorer.WaitForAsync(p => p.Find(IsThresholdSlider), "threshold slider", StepTimeout);
        // The position the page rendered it at: a move to the same position changes nothing and draws nothing.
        double? current = double.TryParse(slider.Attribute("value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var rendered) ? rendered : null;
        for (var move = 0; move < Options.SliderMovesPerVisit && DateTime.UtcNow < deadline; move++)
        {
            await ThinkAsync();
            Step = "slider";
            slider = explorer.Elements.Find(IsThresholdSlider) ?? slider;
            current = await MoveSliderAsync(explorer, slider, plotId, current);
            SliderMoves++;
        }

        if (DateTime.UtcNow < deadline)
        {
            await ExportAndCheckAsync(() => ExportJsonAsync(explorer), id, rows);
        }
    }

    private Task<BlazorCircuit> OpenAsync(HttpClient http, string path) =>
        BlazorCircuit.OpenAsync(http, path, _storage, (kind, detail) => Metrics.Error(kind, $"{Name}, {Step}: {detail}"), CancellationToken.None);

    /// <summary>Chooses the file, confirms the detected roles and returns the dataset id of the link the page moves to.</summary>
    private async Task<(string Id, int Rows)> UploadAsync(BlazorCircuit page, int upload)
    {
        var (path, rows) = variants.Write(Number, upload);
        var bytes = await File.ReadAllBytesAsync(path);
        File.Delete(path);
        var watch = Stopwatch.StartNew();
        await page.ChooseFileAsync(Path.GetFileName(path), bytes, StepTimeout);
        var confirm = await page.WaitForAsync(p => p.Find(e => e.Attribute("data-testid") == "confirm-mapping" && e.Handlers.ContainsKey("onclick")),
            "confirm button of the column roles", StepTimeout);
        await page.DispatchAsync(confirm.Handlers["onclick"], "click", Click, StepTimeout);
        await page.WaitUntilAsync(() => page.NavigatedTo is { } link && DatasetLink().IsMatch(link), "link to the stored upload", StepTimeout);
        Metrics.Record(LoadMetrics.Upload, watch.Elapsed.TotalMilliseconds);
        Uploads++;
        return (DatasetLink().Match(page.NavigatedTo!).Groups[1].Value, rows);
    }

    private static async Task<string> ScalingPlotIdAsync(BlazorCircuit page)
    {
        var container = await page.WaitForAsync(p => p.Find(e => e.Attribute("data-testid") == "scaling-plot-0"), "scaling plot", StepTimeout);
        return container.Texts.FirstOrDefault(t => t.StartsWith("plot-", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The scaling plot names no Plotly element.");
    }

    private static bool IsThresholdSlider(RenderedElement e) =>
        e.Name == "input" && e.Attribute("type") == "range" && (e.Handlers.ContainsKey("oninput") || e.Handlers.ContainsKey("onchange"));

    /// <summary>Moves the slider as the Chromium session does (a new position in the middle of its range) and records
    /// the time from the input event sent to the scaling plot's redraw call received.</summary>
    private async Task<double> MoveSliderAsync(BlazorCircuit page, RenderedElement slider, string plotId, double? current)
    {
        double Read(string name, double fallback) =>
            double.TryParse(slider.Attribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : fallback;
        var (min, max) = (Read("min", double.NaN), Read("max", double.NaN));
        var step = Read("step", 0.05) is > 0 and var s ? s : 0.05;
        if (!double.IsFinite(min) || !double.IsFinite(max) || max <= min)
        {
            throw new InvalidOperationException($"The threshold slider's range is unreadable: min {slider.Attribute("min")}, max {slider.Attribute("max")}.");
        }

        var first = (int)Math.Ceiling((min + (0.35 * (max - min))) / step);
        var last = (int)Math.Floor((max - (0.05 * (max - min))) / step);
        var index = first + (int)Math.Floor(NextUniform() * (last - first + 1));
        if (current is { } c && index == (int)Math.Round(c / step))
        {
            index = index < last ? index + 1 : index - 1;
        }

        var value = index * step;
        var redraw = page.WatchAsync(call => call.Identifier == "react" && BlazorCircuit.FirstString(call.ArgsJson) == plotId);
        var sent = Stopwatch.GetTimestamp();
        var eventName = slider.Handlers.ContainsKey("oninput") ? "input" : "change";
        var text = value.ToString("0.####", CultureInfo.InvariantCulture);
        var dispatched = page.DispatchAsync(slider.Handlers["on" + eventName], eventName, $$"""{"value":"{{text}}"}""", StepTimeout);
        JsCall call;
        try
        {
            call = await redraw.WaitAsync(StepTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(FormattableString.Invariant(
                $"No redraw of the scaling plot within {StepTimeout.TotalSeconds:0} s of a slider move from {current} to {text} (range {min} to {max})."));
        }

        Metrics.Record(LoadMetrics.ProtocolSliderToRedraw, Stopwatch.GetElapsedTime(sent, call.Timestamp).TotalMilliseconds);
        await dispatched;
        return value;
    }

    private static async Task<string> ExportJsonAsync(BlazorCircuit page)
    {
        var menu = await page.WaitForAsync(p => p.Find(e => e.Name == "button" && e.Handlers.ContainsKey("onclick") && e.Texts.Contains("Export")),
            "Export menu", StepTimeout);
        await page.DispatchAsync(menu.Handlers["onclick"], "click", Click, StepTimeout);
        var item = await page.WaitForAsync(p => p.Find(e => e.Attribute("data-testid") == "export-json" && e.Handlers.ContainsKey("onclick")),
            "JSON export item", StepTimeout);
        var download = page.WatchAsync(call => call.Identifier == "downloadText");
        await page.DispatchAsync(item.Handlers["onclick"], "click", Click, StepTimeout);
        JsCall call;
        try
        {
            call = await download.WaitAsync(StepTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No download within {StepTimeout.TotalSeconds:0} s of the JSON export click.");
        }

        using var args = System.Text.Json.JsonDocument.Parse(call.ArgsJson);
        return args.RootElement[2].GetString() ?? "";
    }

    /// <summary>The person's HTTP client, disposed when their run ends.</summary>
    private sealed class Lease(HttpClient http) : IAsyncDisposable
    {
        public HttpClient Http => http;

        public static Lease Open(Uri baseUrl) => new(new HttpClient { BaseAddress = baseUrl, Timeout = StepTimeout });

        public ValueTask DisposeAsync()
        {
            http.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    [GeneratedRegex("dataset=([A-Za-z0-9_-]{20,})")]
    private static partial Regex DatasetLink();
}
