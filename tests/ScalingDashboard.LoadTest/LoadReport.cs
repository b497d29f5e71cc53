using System.Globalization;
using System.Text.Json;

namespace ScalingDashboard.LoadTest;

/// <summary>The load run's figures: printed as a compact table and written as JSON.</summary>
internal sealed class LoadReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public required LoadTestOptions Options { get; init; }

    public int Cores { get; } = Environment.ProcessorCount;

    public double LoadAverageAtStart { get; init; }

    public double LoadAverageAtEnd { get; set; }

    public double PeakLoadAverage { get; set; }

    public double RunSeconds { get; set; }

    public int Uploads { get; private set; }

    public int SliderMoves { get; private set; }

    public int Exports { get; private set; }

    public int Errors { get; private set; }

    public IReadOnlyDictionary<string, int> ErrorsByKind { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ErrorExamples { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, LatencySummary> Latencies { get; private set; } = new Dictionary<string, LatencySummary>();

    /// <summary>Server CPU over the sessions' run, in % of one core (200 = both cores of a 2-core machine).</summary>
    public double ServerCpuPercent { get; set; }

    /// <summary>This process, Playwright and Chromium over the same time, in % of one core.</summary>
    public double GeneratorCpuPercent { get; set; }

    /// <summary>Server CPU over the last seconds of the idle after the sessions closed: near 0 unless abandoned work
    /// still runs.</summary>
    public double IdleServerCpuPercent { get; set; }

    public double? RssStart { get; set; }

    public double RssPeak { get; set; }

    public double? RssEnd { get; set; }

    public double? RssAfterIdle { get; set; }

    public double? RssAfterIdleOverStart => RssAfterIdle / RssStart;

    public string? Heavy { get; set; }

    public IReadOnlyList<string> ServerLogErrors { get; set; } = [];

    public void Fill(LoadMetrics metrics, IReadOnlyList<ILoadSession> sessions)
    {
        Uploads = sessions.Sum(s => s.Uploads);
        SliderMoves = sessions.Sum(s => s.SliderMoves);
        Exports = sessions.Sum(s => s.Exports);
        Errors = metrics.ErrorCount;
        ErrorsByKind = metrics.Errors;
        ErrorExamples = metrics.ErrorExamples;
        Latencies = new[] { LoadMetrics.SliderToPlot, LoadMetrics.SliderServerShare, LoadMetrics.ProtocolSliderToRedraw, LoadMetrics.Upload, LoadMetrics.ExplorerOpen, LoadMetrics.Export }
            .ToDictionary(k => k, metrics.Summary);
    }

    public void Print()
    {
        var o = Options;
        Console.WriteLine();
        Console.WriteLine(Invariant($"Load test: {o.Sessions} browser + {o.ProtocolSessions} protocol sessions x {RunSeconds / 60:0.0} min{(o.Heavy ? " + abandoned heavy link" : "")}, seed {o.Seed}, think {o.ThinkMilliseconds} ms{(o.NiceBrowsers ? ", browsers at nice 10" : "")}, {Cores} cores, load average {LoadAverageAtStart:0.0} at start / {PeakLoadAverage:0.0} peak / {LoadAverageAtEnd:0.0} at end"));
        Console.WriteLine(Invariant($"  uploads {Uploads}, slider moves {SliderMoves}, exports {Exports}, errors {Errors}"));
        foreach (var (kind, count) in ErrorsByKind)
        {
            Console.WriteLine(Invariant($"    {count,5} {kind}: {(ErrorExamples[kind] is [var first, ..] ? first : "")}"));
        }

        Console.WriteLine("  interaction                       n     p50 ms    p95 ms    max ms");
        foreach (var (name, s) in Latencies)
        {
            Console.WriteLine(Invariant($"  {name,-28} {s.Count,6} {s.P50,10:0} {s.P95,9:0} {s.Max,9:0}"));
        }

        Console.WriteLine(Invariant($"  CPU (% of one core): server {ServerCpuPercent:0}, load generator (Chromium, Playwright) {GeneratorCpuPercent:0}; server at the end of the idle {IdleServerCpuPercent:0}"));
        Console.WriteLine(Invariant($"  server RSS MiB: start {RssStart:0}, peak {RssPeak:0}, end {RssEnd:0}, after {o.IdleSeconds} s idle {RssAfterIdle:0} ({RssAfterIdleOverStart:0.00}x start)"));
        if (Heavy is not null)
        {
            Console.WriteLine($"  heavy link: {Heavy}");
        }

        Console.WriteLine($"  server log: {ServerLogErrors.Count} fail/crit lines{(ServerLogErrors.Count > 0 ? $"; first: {ServerLogErrors[0]}" : "")}");
    }

    public async Task WriteJsonAsync(string path)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, this, Json);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
