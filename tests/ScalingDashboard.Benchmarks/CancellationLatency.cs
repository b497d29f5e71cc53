using System.Diagnostics;
using System.Globalization;
using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// Issue 9: how long a cancelled analysis keeps a core busy. Each scenario on the 7,169-row leaderboard is run once
/// to time it, then cancelled from another thread at evenly spread moments of its run; the time from
/// <see cref="CancellationTokenSource.Cancel()"/> to the <see cref="OperationCanceledException"/> reaching the caller
/// bounds the gap between two checks of the token at that moment. The worst over all moments is the figure the issue
/// asks for (target: under 50 ms). Not a BenchmarkDotNet case: the quantity is a maximum over moments, not a mean
/// over repetitions. Run: <c>dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --cancel-latency</c>.
/// </summary>
public static class CancellationLatency
{
    private const int Moments = 30;

    public static void Run()
    {
        var table = LeaderboardTable.Load();
        var bnsl = LeaderboardTable.Spec(BnslForm.FormId);
        var ceiling = LeaderboardTable.Spec(LogAccuracyPowerLawCeilingForm.FormId);
        var powerLaw = LeaderboardTable.Spec(LogAccuracyPowerLawForm.FormId) with { Bootstrap = new BootstrapSettings { Resamples = 2000 } };
        var bnslBands = bnsl with { Bootstrap = new BootstrapSettings { Resamples = 50 } };
        var powerLawFits = AnalysisRunner.RunFits(table, powerLaw);
        var bnslFits = AnalysisRunner.RunFits(table, bnslBands);

        Measure("bnsl: fit, sweep, size", token => AnalysisRunner.RunFits(table, bnsl, AnalysisParts.All, null, token));
        Measure("ceiling: fit, sweep, size", token => AnalysisRunner.RunFits(table, ceiling, AnalysisParts.All, null, token));
        Measure("power law: bootstrap 2000", token => AnalysisRunner.AddBands(table, powerLawFits, token));
        Measure("bnsl: bootstrap 50", token => AnalysisRunner.AddBands(table, bnslFits, token));
    }

    private static void Measure(string name, Action<CancellationToken> run)
    {
        run(CancellationToken.None); // warm-up: JIT and caches, so the timed run is the steady one
        var started = Stopwatch.GetTimestamp();
        run(CancellationToken.None);
        var full = Stopwatch.GetElapsedTime(started);
        var latencies = new List<double>();
        for (var k = 0; k < Moments; k++)
        {
            var delay = full * ((k + 0.5) / Moments);
            if (Latency(run, delay) is { } latency)
            {
                latencies.Add(latency.TotalMilliseconds);
                if (Environment.GetEnvironmentVariable("LATENCY_DETAIL") is not null)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  at {delay.TotalMilliseconds:F0} ms: {latency.TotalMilliseconds:F1} ms"));
                }
            }
        }

        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-28} run {full.TotalMilliseconds,8:F0} ms; cancel to exception over {latencies.Count} moments: median {latencies[latencies.Count / 2],6:F1} ms, worst {latencies[^1],6:F1} ms"));
    }

    /// <summary>Cancel to exception, or null when the run finished before the moment came.</summary>
    private static TimeSpan? Latency(Action<CancellationToken> run, TimeSpan delay)
    {
        using var source = new CancellationTokenSource();
        long cancelledAt = 0;
        var canceller = new Thread(() =>
        {
            Thread.Sleep(delay);
            Volatile.Write(ref cancelledAt, Stopwatch.GetTimestamp());
            source.Cancel();
        });
        canceller.Start();
        try
        {
            run(source.Token);
            canceller.Join();
            return null;
        }
        catch (OperationCanceledException)
        {
            var caught = Stopwatch.GetTimestamp();
            canceller.Join();
            return Stopwatch.GetElapsedTime(Volatile.Read(ref cancelledAt), caught);
        }
    }
}
