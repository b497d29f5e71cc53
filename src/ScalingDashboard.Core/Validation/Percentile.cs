namespace ScalingDashboard.Core.Validation;

/// <summary>Percentiles of a sample (linear interpolation between order statistics, numpy's default "type 7").</summary>
internal static class Percentile
{
    /// <summary>The q-quantile of the first <paramref name="count"/> values, which this sorts in place; NaN when count is 0.</summary>
    public static double OfUnsorted(double[] values, int count, double q)
    {
        if (count == 0)
        {
            return double.NaN;
        }

        Array.Sort(values, 0, count);
        return OfSorted(values, count, q);
    }

    public static double OfSorted(double[] sorted, int count, double q)
    {
        if (count == 0)
        {
            return double.NaN;
        }

        var h = (count - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
