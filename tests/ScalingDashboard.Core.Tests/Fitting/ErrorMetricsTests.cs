using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Tests.Fitting;

public class ErrorMetricsTests
{
    [Fact]
    public void Compute_SmallSet_MatchesHandComputedValues()
    {
        // errors (pred - obs): 0.1, -0.1, 0.2, 0 -> MAE 0.1, RMSE sqrt(0.06/4) = 0.122474;
        // relative: 0.1/0.5 + 0.1/0.4 + 0.2/0.8 + 0 = 0.7 over 4 = 0.175;
        // SStot: mean 0.55, deviations -0.05, -0.15, 0.25, -0.05 -> 0.0025+0.0225+0.0625+0.0025 = 0.09; R² = 1 - 0.06/0.09 = 1/3.
        var m = ErrorMetrics.Compute([0.5, 0.4, 0.8, 0.5], [0.6, 0.3, 1.0, 0.5]);

        Assert.Equal(4, m.Count);
        // Exact arithmetic on short decimals: 1e-12 absorbs binary rounding only.
        Assert.Equal(0.1, m.Mae, 1e-12);
        Assert.Equal(Math.Sqrt(0.015), m.Rmse, 1e-12);
        Assert.Equal(0.175, m.Mre, 1e-12);
        Assert.Equal(1.0 / 3, m.RSquared, 1e-12);
    }

    [Fact]
    public void Mre_ZeroObservations_HaveNoRelativeError()
    {
        // A zero score (e.g. GSM8K of a tiny model) would make MRE infinite; it is left out of MRE only.
        var m = ErrorMetrics.Compute([0.0, 0.5], [0.1, 0.6]);

        Assert.Equal(2, m.Count);
        Assert.Equal(0.1, m.Mae, 1e-12);
        Assert.Equal(0.2, m.Mre, 1e-12);
    }

    [Fact]
    public void Compute_NonFinitePairs_AreSkippedAndEmptySetsAreNaN()
    {
        Assert.Equal(1, ErrorMetrics.Compute([double.NaN, 0.5], [0.1, 0.5]).Count);
        var empty = ErrorMetrics.Compute([], []);
        Assert.Equal(0, empty.Count);
        Assert.True(double.IsNaN(empty.Mae));
    }

    [Fact]
    public void Compute_MismatchedLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => ErrorMetrics.Compute([1.0], []));
    }
}
