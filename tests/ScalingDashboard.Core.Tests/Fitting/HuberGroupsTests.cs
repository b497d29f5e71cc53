using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Tests.Fitting;

/// <summary>
/// The grouped Huber sum behind BNSL on large tables is exact: for any curve value it equals the plain sum over the
/// group's points, whether the group is summed point by point (small) or from sorted scores and prefix sums (large).
/// </summary>
public class HuberGroupsTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(500)]
    public void At_AnyCurveValue_EqualsPlainSumOverPoints(int size)
    {
        var random = new Random(size);
        // Scores within a few delta of one another, so every branch (below, inside, above) has points; ties included.
        var y = Enumerable.Range(0, size).Select(_ => 0.5 + Math.Round(0.01 * random.NextDouble(), 4)).ToArray();
        var x = new double[size];
        var groups = HuberGroups.Create(x, y);
        const double delta = 1e-3;

        Assert.Equal(1, groups.Count);
        for (var m = 0.49; m <= 0.52; m += 0.0007)
        {
            var (loss, psi) = groups.At(0, m, delta);

            var plainLoss = y.Sum(v => HuberLoss.Value(m - v, delta));
            var plainPsi = y.Sum(v => HuberLoss.Derivative(m - v, delta));
            // The sums run to ~5e-3 (loss) and ~0.5 (psi) over at most 500 terms: 1e-13 absolute is a few ulps per term.
            Assert.Equal(plainLoss, loss, 1e-13);
            Assert.Equal(plainPsi, psi, 1e-13);
        }
    }

    [Fact]
    public void Create_ManyTies_GroupsInFirstAppearanceOrder()
    {
        var groups = HuberGroups.Create([2.0, 1.0, 2.0, 1.0, 1.0, 2.0], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);

        Assert.Equal([2.0, 1.0], Enumerable.Range(0, groups.Count).Select(groups.X));
        // x = 1 holds 0.2, 0.4 and 0.5: at m = 0.45 the residuals 0.25 and 0.05 give +delta each, -0.05 gives -delta.
        Assert.Equal(1e-3, groups.At(1, 0.45, 1e-3).Psi, 15);
    }

    [Fact]
    public void Create_MostlyDistinctX_KeepsEveryPointInOrder()
    {
        var groups = HuberGroups.Create([2.0, 1.0, 2.0, 3.0, 4.0], [0.1, 0.2, 0.3, 0.4, 0.5]);

        Assert.Equal([2.0, 1.0, 2.0, 3.0, 4.0], Enumerable.Range(0, groups.Count).Select(groups.X));
        Assert.Equal(0.5 * 0.05 * 0.05, groups.At(2, 0.3 + 0.05, 0.1).Loss, 15);
    }
}
