using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Tests.Fitting;

public class FrontierTests
{
    [Fact]
    public void Compute_MixedSizes_KeepsModelsNoSmallerModelMatches()
    {
        // sizes 1, 2, 3, 4, 5 (shuffled); row 2 (size 3, 0.5) is beaten by size 2 (0.6); row 4 (size 5) ties 0.7 with size 4.
        double[] size = [2, 1, 3, 4, 5, double.NaN];
        double[] score = [0.6, 0.4, 0.5, 0.7, 0.7, 0.99];

        Assert.Equal([1, 0, 3], Frontier.Compute(size, score));
    }

    [Fact]
    public void Compute_EqualSizes_DoNotBeatEachOther()
    {
        Assert.Equal([0, 1], Frontier.Compute([7, 7, 8], [0.5, 0.6, 0.55]));
    }
}
