using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Tests.Validation;

public class HoldoutSplitTests
{
    [Theory]
    [InlineData(1e18, PointSet.Excluded)]
    [InlineData(3e18, PointSet.Train)]     // the lower bound is inclusive
    [InlineData(6e21, PointSet.Train)]     // the threshold itself is trained on (seed: validate on C > 6e21)
    [InlineData(6.0001e21, PointSet.Validation)]
    public void ByThreshold_SeedSetting_FollowsTheSeed(double x, PointSet expected)
    {
        Assert.Equal(expected, HoldoutSplit.ByThreshold(6e21, trainMin: 3e18).Assign(0, x));
    }

    [Fact]
    public void ByPredicate_AnyRows_UsesRowIndices()
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
    public void ByPredicate_TrainFilter_RestrictsTheTrainSet()
    {
        var split = HoldoutSplit.ByPredicate(i => i == 0, i => i == 1);

        Assert.Equal([PointSet.Validation, PointSet.Train, PointSet.Excluded], Enumerable.Range(0, 3).Select(i => split.Assign(i, 0)));
    }

    [Fact]
    public void ByCondition_WithTrainMin_MapsPointsToRowsAndCutsTrainingBelowIt()
    {
        var table = LeaderboardReader.Read("""
            model,flops,tpr
            a,1e18,20
            b,1e20,160
            c,1e22,20
            """).Leaderboard!;
        var condition = RowCondition.TryParse("flops > 6e21 or tpr = 160", table, out _)!;
        // Points 0..5 stack two columns over the 3 rows (as the wide pass@k layout does): row = point % 3.
        var split = HoldoutSplit.ByCondition(condition, point => point % 3, trainMin: 1e19);

        double[] x = [1e18, 1e20, 1e22, 1e18, 1e20, 1e22];
        Assert.Equal(
            [PointSet.Excluded, PointSet.Validation, PointSet.Validation, PointSet.Excluded, PointSet.Validation, PointSet.Validation],
            x.Select((value, i) => split.Assign(i, value)));
        Assert.Equal("validate where flops > 6e21 or tpr = 160, train on the rest with x >= 1E+19", split.Description);
        Assert.Equal("validate where flops > 6e21 or tpr = 160, train on the rest", HoldoutSplit.ByCondition(condition, p => p).Description);
    }
}
