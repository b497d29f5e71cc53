using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Analysis;

/// <summary>Thresholds for the sweep of seed 003 Appendix C.</summary>
public static class SweepGrid
{
    public const int Thresholds = 24;

    /// <summary>
    /// From the 30th percentile of x (enough points left to fit) to just below the third largest x (enough points
    /// left to validate), geometrically spaced; empty when fewer than 6 points lie in the fitting range.
    /// </summary>
    public static IReadOnlyList<double> For(IReadOnlyList<double> x, double? trainMin)
    {
        ArgumentNullException.ThrowIfNull(x);
        var sorted = x.Where(v => trainMin is null || v >= trainMin).Order().ToArray();
        if (sorted.Length < 6)
        {
            return [];
        }

        var from = sorted[(int)(sorted.Length * 0.3)];
        var to = sorted[^3] * 0.999;
        return to > from ? ThresholdSweep.GeometricGrid(from, to, Thresholds) : [];
    }
}
