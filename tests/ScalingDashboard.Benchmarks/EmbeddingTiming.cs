using System.Diagnostics;
using System.Globalization;
using ScalingDashboard.Core.Statistics.Embedding;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// PCA and t-SNE of the leaderboard's six benchmarks (7,169 × 6, standardised), timed once each as the dashboard runs
/// them: a t-SNE run is seconds long, so one timed run (after a warm-up of the PCA and a short t-SNE for the JIT) says
/// what a user waits; BenchmarkDotNet's repetitions would add minutes and nothing a user sees.
/// Run: <c>dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --tsne</c>.
/// </summary>
public static class EmbeddingTiming
{
    private static readonly string[] Benchmarks = ["arc", "hellaswag", "mmlu", "truthfulqa", "winogrande", "gsm8k"];

    public static void Run()
    {
        var rows = StandardisedBenchmarks();
        Console.WriteLine(Text($"{rows.Length} rows x {rows[0].Length} benchmarks, {Environment.ProcessorCount} cores"));

        Pca.Compute(rows, standardise: true);
        var started = Stopwatch.GetTimestamp();
        const int pcaRuns = 20;
        for (var r = 0; r < pcaRuns; r++)
        {
            Pca.Compute(rows, standardise: true);
        }

        Console.WriteLine(Text($"PCA (standardised, mean of {pcaRuns}): {Stopwatch.GetElapsedTime(started).TotalMilliseconds / pcaRuns:F2} ms"));

        Tsne.Compute(rows, new TsneOptions(Iterations: 20));
        started = Stopwatch.GetTimestamp();
        var progress = new ConsoleProgress(started);
        var result = Tsne.Compute(rows, new TsneOptions(), progress);
        Console.WriteLine(Text($"t-SNE (perplexity 30, 1000 iterations, theta 0.5): {Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s, affinities ready after {progress.AffinitiesSeconds:F2} s, final KL {result.KlDivergence:F4}"));
    }

    private static double[][] StandardisedBenchmarks()
    {
        var table = LeaderboardTable.Load();
        var columns = Benchmarks.Select(b => table.FindColumn(b)!.Numbers).ToArray();
        var rows = Enumerable.Range(0, table.RowCount)
            .Where(r => columns.All(c => c[r] is not null))
            .Select(r => columns.Select(c => c[r]!.Value).ToArray())
            .ToArray();
        var pca = Pca.Compute(rows, standardise: true);
        return rows.Select(row => row.Select((v, c) => (v - pca.Means[c]) / pca.Scales[c]).ToArray()).ToArray();
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Prints each report with the time since the start, as the page's progress line would show it.</summary>
    private sealed class ConsoleProgress(long started) : IProgress<TsneProgress>
    {
        public double AffinitiesSeconds { get; private set; }

        public void Report(TsneProgress value)
        {
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (value.Iteration == 0)
            {
                AffinitiesSeconds = seconds;
            }

            if (value.Iteration % 250 == 0)
            {
                Console.WriteLine(Text($"  {seconds,6:F2} s  iteration {value.Iteration,4}/{value.Total}  KL {value.KlDivergence?.ToString("F4", CultureInfo.InvariantCulture) ?? "-"}"));
            }
        }
    }
}
