using System.Diagnostics;
using System.Globalization;
using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Benchmarks;

/// <summary>
/// ANOVA + Tukey HSD of hellaswag by architecture on the 7,169-row leaderboard (52 groups, 1,326 pairs); target under
/// 15 ms (R's TukeyHSD(aov(...)) takes ~150 ms). Prints the median of repeated runs after a warm-up. Run:
/// <c>dotnet run -c Release --project tests/ScalingDashboard.Benchmarks -- --anova-tukey</c>.
/// </summary>
public static class AnovaTukeyTiming
{
    private const int Runs = 41;

    public static void Run()
    {
        var table = LeaderboardTable.Load();
        var hellaswag = table.FindColumn("hellaswag")!.Numbers.Select(v => v ?? double.NaN).ToArray();
        var architecture = table.FindColumn("architecture")!.Texts.Select(t => t ?? "").ToArray();
        var result = TukeyHsd.Compute(hellaswag, architecture); // warm-up: JIT
        var times = new double[Runs];
        for (var r = 0; r < Runs; r++)
        {
            var started = Stopwatch.GetTimestamp();
            result = TukeyHsd.Compute(hellaswag, architecture);
            times[r] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"anova + tukey, hellaswag by architecture: {result.Anova.N} rows, {result.Anova.Groups.Count} groups, {result.Pairs.Count} pairs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median {times[Runs / 2]:F2} ms (min {times[0]:F2}, max {times[^1]:F2}) over {Runs} runs"));
    }
}
