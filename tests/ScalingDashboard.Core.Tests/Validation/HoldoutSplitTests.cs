using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Tests.Validation;

public class HoldoutSplitTests
{
    [Theory]
    [InlineData(1e18, PointSet.Excluded)]
    [InlineData(3e18, PointSet.Train)]     // the lower bound is inclusive
    [InlineData(6e21, PointSet.Train)]     // the threshold itself is trained on (seed: validate on C > 6e21)
    [InlineData(6.0001e21, PointSet.Validation)]
    public void Threshold_split_follows_the_seed(double x, PointSet expected)
    {
        Assert.Equal(expected, HoldoutSplit.ByThreshold(6e21, trainMin: 3e18).Assign(0, x));
    }

    [Fact]
    public void Predicate_split_uses_row_indices()
    {
        // The seed's Eq 4 holdout: FLOPs > 6e21 or tokens-per-parameter = 160; here rows 1 and 3 are tpr 160.
        var tpr = new[] { 20.0, 160, 20, 160 };
        var flops = new[] { 1e20, 1e20, 1e22, 1e19 };
        var split = HoldoutSplit.ByPredicate(i => flops[i] > 6e21 || tpr[i] == 160);

        Assert.Equal(
            [PointSet.Train, PointSet.Validation, PointSet.Validation, PointSet.Validation],
            Enumerable.Range(0, 4).Select(i => split.Assign(i, flops[i])));
    }

    [Fact]
    public void Predicate_split_can_restrict_the_train_set()
    {
        var split = HoldoutSplit.ByPredicate(i => i == 0, i => i == 1);

        Assert.Equal([PointSet.Validation, PointSet.Train, PointSet.Excluded], Enumerable.Range(0, 3).Select(i => split.Assign(i, 0)));
    }
}
