using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Tests.Fitting;

public sealed class LossLandscapeTests
{
    private static readonly LossLaw Chinchilla = LossLaw.Hoffmann2022;

    [Fact]
    public void OptimalPath_IsTheAllocationAtLogSpacedBudgets_EndsIncluded()
    {
        var path = LossLandscape.OptimalPath(Chinchilla, 1e18, 1e26, 9);

        Assert.Equal(9, path.Count);
        Assert.Equal(1e18, path[0].Compute);
        Assert.Equal(1e26, path[^1].Compute);
        // Nine points over eight decades: one per decade, each the closed-form allocation at that budget.
        for (var k = 0; k < path.Count; k++)
        {
            var expected = ComputeOptimal.At(Chinchilla, Math.Pow(10, 18 + k));
            Assert.Equal(expected.Parameters, path[k].Parameters, expected.Parameters * 1e-12);
            Assert.Equal(expected.Loss, path[k].Loss, 1e-12);
        }

        // More compute, spent optimally, always lowers the loss.
        Assert.All(path.Zip(path.Skip(1)), p => Assert.True(p.Second.Loss < p.First.Loss));
    }

    [Fact]
    public void IsoLoss_EveryPointHasTheLevelsLoss_AndSizesThatCannotReachItAreLeftOut()
    {
        const double Level = 2.0;
        var curve = LossLandscape.IsoLoss(Chinchilla, Level, 1e8, 1e11, 61);

        // The law reaches 2.0 only where A/N^alpha < 2.0 - E = 0.31: N > (406.4 / 0.31)^(1/0.34) = 1.48e9.
        var smallest = Math.Pow(406.4 / 0.31, 1 / 0.34);
        Assert.InRange(smallest, 1.47e9, 1.49e9);
        Assert.All(curve, p =>
        {
            Assert.True(p.Parameters > smallest);
            Assert.Equal(Level, Chinchilla.Loss(p.Parameters, p.Tokens), 1e-12);
        });
        // 61 points over 3 decades are 20 a decade: those above 1.48e9 (log10 9.17) are the ones with k >= 24.
        Assert.Equal(61 - 24, curve.Count);
        Assert.Equal(1e11, curve[^1].Parameters);
        // Tokens fall as parameters grow along a curve of equal loss.
        Assert.All(curve.Zip(curve.Skip(1)), p => Assert.True(p.Second.Tokens < p.First.Tokens));
    }

    [Fact]
    public void IsoLoss_LevelAtOrBelowE_IsEmpty()
    {
        Assert.Empty(LossLandscape.IsoLoss(Chinchilla, 1.69, 1e8, 1e12));
        Assert.Empty(LossLandscape.IsoLoss(Chinchilla, 1.0, 1e8, 1e12));
    }

    [Theory]
    [InlineData(0.0, 1e10)]
    [InlineData(1e10, 1e10)]
    [InlineData(1e10, double.PositiveInfinity)]
    [InlineData(double.NaN, 1e10)]
    public void Ranges_ThatALogAxisCannotTake_AreRefused(double min, double max)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LossLandscape.OptimalPath(Chinchilla, min, max));
        Assert.Throws<ArgumentOutOfRangeException>(() => LossLandscape.IsoLoss(Chinchilla, 2, min, max));
    }

    [Fact]
    public void Levels_AreEvenlySpacedRoundedAndAboveTheFloor()
    {
        Assert.Equal([1.9, 2.2, 2.5, 2.8, 3.1], LossLandscape.Levels(1.9, 3.1, 1.69, 5));
        // 1.5 lies below E = 1.69, which no run can reach: left out.
        Assert.Equal([2.0, 2.5], LossLandscape.Levels(1.5, 2.5, 1.69, 3));
        // Three significant digits: 2.34567 reads 2.35.
        Assert.Equal([2.35], LossLandscape.Levels(2.34567, 2.34567, 1.69, 1));
        Assert.Empty(LossLandscape.Levels(double.NaN, 3, 1.69));
    }
}
