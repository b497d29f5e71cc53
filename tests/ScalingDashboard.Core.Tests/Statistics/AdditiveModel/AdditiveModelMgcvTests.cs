using ScalingDashboard.Core.Statistics.AdditiveModel;
using Gam = ScalingDashboard.Core.Statistics.AdditiveModel.AdditiveModel;

namespace ScalingDashboard.Core.Tests.Statistics.AdditiveModel;

/// <summary>The same models fitted by mgcv 1.8-41 (Fixtures/mgcv_reference.R).</summary>
public class AdditiveModelMgcvTests
{
    [Fact]
    public void Fit_SimulatedDataAsMgcv_MatchesMgcvSummaryAndGrid()
    {
        var (x, g, y) = MgcvFixture.SimulatedData();
        var expected = MgcvFixture.Summary("sim");
        var expectedGrid = MgcvFixture.Grid("sim");

        var result = Gam.Fit(new AdditiveModelRequest(x, y, g));

        Assert.Null(result.Problem);
        System.Console.WriteLine($"edf {result.Edf} vs {expected["edf"]}; scale {result.ResidualVariance} vs {expected["scale"]}; re {result.RandomEffectVariance} vs {expected["re_variance"]}; reml {result.RemlScore} vs {expected["reml"]}; dev {result.DevianceExplained} vs {expected["dev_expl"]}; p {result.SmoothP}");
        var maxFit = expectedGrid.Zip(result.Grid).Max(p => Math.Abs(p.First.Fit - p.Second.Fit));
        var maxSe = expectedGrid.Zip(result.Grid).Max(p => Math.Abs(p.First.Se - p.Second.Se) / p.First.Se);
        var maxX = expectedGrid.Zip(result.Grid).Max(p => Math.Abs(p.First.X - p.Second.X));
        System.Console.WriteLine($"max fit diff {maxFit}, max se rel diff {maxSe}, max x diff {maxX}");
        Assert.Equal(expected["edf"], result.Edf, 1e-4);
    }
}
