namespace ScalingDashboard.LoadTest;

/// <summary>Count and nearest-rank percentiles of a set of latencies, in milliseconds.</summary>
internal sealed record LatencySummary(int Count, double? P50, double? P95, double? Max)
{
    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(0, null, null, null);
        }

        var sorted = milliseconds.Order().ToArray();
        // Nearest rank: the smallest value with at least p of the samples at or below it.
        double Percentile(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new LatencySummary(sorted.Length, Percentile(0.50), Percentile(0.95), sorted[^1]);
    }
}
