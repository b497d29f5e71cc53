using System.Collections.Concurrent;

namespace ScalingDashboard.LoadTest;

/// <summary>What the sessions measured, shared by all of them: latencies by interaction and errors by kind.</summary>
internal sealed class LoadMetrics
{
    private const int ExamplesPerKind = 3;

    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _examples = new();

    public const string SliderToPlot = "slider-to-plot";
    public const string SliderServerShare = "slider-last-server-message";

    /// <summary>Protocol sessions: from the slider's input event sent to the scaling plot's redraw call received (the
    /// server and network share; drawing, which a protocol session does not do, is what <see cref="SliderToPlot"/> adds).</summary>
    public const string ProtocolSliderToRedraw = "slider-to-redraw-call";
    public const string Upload = "upload-to-link";
    public const string ExplorerOpen = "explorer-open";
    public const string Export = "export-json";

    /// <summary>Set when the measured phase ends: interactions finishing after it are not counted.</summary>
    public bool Closed { get; set; }

    public void Record(string interaction, double milliseconds)
    {
        if (!Closed)
        {
            _latencies.GetOrAdd(interaction, _ => []).Add(milliseconds);
        }
    }

    public void Error(string kind, string detail)
    {
        _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
        var examples = _examples.GetOrAdd(kind, _ => new ConcurrentQueue<string>());
        if (examples.Count < ExamplesPerKind)
        {
            examples.Enqueue(detail.Length > 300 ? detail[..300] + "..." : detail);
        }
    }

    public int ErrorCount => _errors.Values.Sum();

    public IReadOnlyDictionary<string, int> Errors => _errors.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ErrorExamples =>
        _examples.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[.. e.Value]);

    public LatencySummary Summary(string interaction) =>
        LatencySummary.Of(_latencies.TryGetValue(interaction, out var bag) ? [.. bag] : []);
}
