namespace ScalingDashboard.LoadTest;

/// <summary>
/// One simulated person until the deadline, whatever drives their pages (<see cref="LoadSession"/>: Chromium;
/// <see cref="Protocol.ProtocolSession"/>: Blazor's protocol): the loop, the pauses, the export check and the counting
/// of failed steps by kind live here once; a failed step is counted and the person starts over from the Data page.
/// </summary>
internal abstract class PersonSession(int number, LoadMetrics metrics, LoadTestOptions options) : ILoadSession
{
    private readonly Random _random = new(unchecked((options.Seed * 7919) + number));

    public int Uploads { get; protected set; }

    public int SliderMoves { get; protected set; }

    public int Exports { get; protected set; }

    protected int Number => number;

    protected LoadMetrics Metrics => metrics;

    protected LoadTestOptions Options => options;

    /// <summary>The step under way, named in error reports.</summary>
    protected string Step { get; set; } = "open";

    public async Task RunAsync(DateTime deadline)
    {
        await using var person = await BeginAsync();
        var upload = 0;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await LoopOnceAsync(upload++, deadline);
            }
            catch (TimeoutException ex)
            {
                metrics.Error($"timeout ({Step})", $"{Name}: {ex.Message}");
            }
            catch (Exception ex) when (IsStepFailure(ex))
            {
                metrics.Error($"failed ({Step})", $"{Name}: {ex.Message}");
            }
        }
    }

    protected string Name => $"{Kind} session {number}";

    protected abstract string Kind { get; }

    /// <summary>What the person keeps for the whole run (a browser tab, an HTTP client), disposed at the end.</summary>
    protected abstract Task<IAsyncDisposable> BeginAsync();

    /// <summary>Data page, upload, Explorer, holdout, slider moves, export.</summary>
    protected abstract Task LoopOnceAsync(int upload, DateTime deadline);

    /// <summary>The exceptions a failed step of this driver ends in (anything else is a bug of the load test).</summary>
    protected abstract bool IsStepFailure(Exception exception);

    /// <summary>Exports the JSON, times it and checks that it is the analysis of the uploaded table.</summary>
    protected async Task ExportAndCheckAsync(Func<Task<string>> export, string datasetId, int rows)
    {
        await ThinkAsync();
        Step = "export";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var json = await export();
        metrics.Record(LoadMetrics.Export, watch.Elapsed.TotalMilliseconds);
        if (ExportCheck.Problem(json, datasetId, rows) is { } problem)
        {
            metrics.Error("bad export", $"{Name}, dataset {datasetId}: {problem}");
        }

        Exports++;
    }

    protected double NextUniform() => _random.NextDouble();

    protected Task ThinkAsync() =>
        Task.Delay(TimeSpan.FromMilliseconds(options.ThinkMilliseconds * (0.5 + _random.NextDouble())));
}
