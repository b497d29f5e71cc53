using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Tests.Matrix;

public class ShapleyImportanceTests
{
    [Fact]
    public void Compute_AnyLoss_ValuesSumToEmptyMinusFullLoss()
    {
        // A loss with interactions (products of presence flags), so values are not simply the single-factor effects.
        static double Loss(bool[] p) => 1.0 - (0.3 * B(p[0])) - (0.2 * B(p[1]) * B(p[2])) + (0.05 * B(p[3])) - (0.1 * B(p[0]) * B(p[4]));

        var (values, empty, full, problem) = ShapleyImportance.Compute(5, Loss);

        Assert.Null(problem);
        Assert.NotNull(values);
        Assert.Equal(1.0, empty, 15);
        Assert.Equal(1.0 - 0.3 - 0.2 + 0.05 - 0.1, full, 15);
        Assert.Equal(empty - full, values.Sum(), 14);
        // Shapley splits a pairwise interaction equally: factor 0 gets 0.3 + 0.1 / 2, factors 1 and 2 get 0.1 each.
        Assert.Equal(0.35, values[0], 14);
        Assert.Equal(0.1, values[1], 14);
        Assert.Equal(0.1, values[2], 14);
        Assert.Equal(-0.05, values[3], 14); // a factor that raises the loss has a negative value
        Assert.Equal(0.05, values[4], 14);
    }

    [Fact]
    public void Compute_ThirteenFactors_RefusesWithAReasonInsteadOfApproximating()
    {
        var (values, _, _, problem) = ShapleyImportance.Compute(13, _ => 0);

        Assert.Null(values);
        Assert.Contains("13 factors are more than the 12", problem, StringComparison.Ordinal);
    }

    private static double B(bool present) => present ? 1 : 0;
}
