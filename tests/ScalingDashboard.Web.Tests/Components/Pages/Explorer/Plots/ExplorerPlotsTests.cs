using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;
using ScalingDashboard.Web.Components.Pages.Explorer.Plots;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Tests.Components.Pages.Explorer.Plots;

public sealed class ExplorerPlotsTests
{
    private static readonly ExplorerResult Result = ExplorerResults.Run(LadderTable.Build(), new AnalysisSpec { Holdout = new HoldoutRule { Threshold = 1e21 } });

    [Fact]
    public void Scaling_WithThreshold_DrawsTheLineAtTheThreshold()
    {
        var model = ExplorerPlots.Scaling(Result, Result.Data[0], "flops");

        var line = Assert.Single(model.Series, s => s.Name == ExplorerPlots.ThresholdSeriesName);
        Assert.Equal([1e21, 1e21], line.X);
        Assert.True(model.XAxis.IsLog);
    }

    [Fact]
    public void Scaling_WithCondition_HasNoThresholdLineAndMarksThePickedRunsHeldOut()
    {
        var result = ExplorerResults.Run(LadderTable.Build(), new AnalysisSpec { Holdout = new HoldoutRule { Threshold = 1e21, Condition = "family = even" } });

        var model = ExplorerPlots.Scaling(result, result.Data[0], "flops");

        Assert.DoesNotContain(model.Series, s => s.Name == ExplorerPlots.ThresholdSeriesName);
        Assert.Equal(10, Assert.Single(model.Series, s => s.Name == "held-out runs").X.Count);
    }

    [Fact]
    public void Scaling_PointRoles_HaveTheirOwnSymbolAndCounts()
    {
        var model = ExplorerPlots.Scaling(Result, Result.Data[0], "flops");

        var fitted = Assert.Single(model.Series, s => s.Name == "fitted runs");
        var held = Assert.Single(model.Series, s => s.Name == "held-out runs");
        Assert.Equal(MarkerSymbol.Circle, fitted.Symbol);
        Assert.Equal(MarkerSymbol.Diamond, held.Symbol);
        Assert.Equal(4, held.X.Count);
        Assert.All(held.HoverLines!, line => Assert.Contains("residual", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Scaling_Curve_IsSolidToTheLastFittedRunAndDashedBeyond()
    {
        var model = ExplorerPlots.Scaling(Result, Result.Data[0], "flops");

        var solid = Assert.Single(model.Series, s => s.Style == SeriesStyle.Line);
        var dashed = Assert.Single(model.Series, s => s.Style == SeriesStyle.DashedLine);
        var lastFitted = Result.Data[0].X.Where(x => x <= 1e21).Max();
        Assert.True(solid.X.Max() <= lastFitted);
        Assert.True(dashed.X.Min() <= lastFitted && dashed.X.Max() > Result.Data[0].X.Max());
    }

    [Fact]
    public void Scaling_NegLogScale_IsLogAxisWithTransformedValues()
    {
        var result = ExplorerResults.Run(LadderTable.Build(), new ExplorerState { YScale = YScale.NegLogNormalised });
        var model = ExplorerPlots.Scaling(result, result.Data[0], "flops");

        Assert.True(model.YAxis.IsLog);
        var points = model.Series.First(s => s.Style == SeriesStyle.Markers);
        var x = points.X[0];
        Assert.Equal(LadderTable.A * Math.Pow(x, -LadderTable.Alpha), points.Y[0], 9);
    }

    [Fact]
    public void Size_ClosedModels_AreLabelledAsEstimatesWithIntervals()
    {
        var model = ExplorerPlots.Size(Result.Size!, null);

        var closed = Assert.Single(model.Series, s => s.Name.StartsWith("closed models", StringComparison.Ordinal));
        Assert.Equal(["closed-model (estimate)"], closed.Labels!);
        Assert.True(closed.XLower![0] < closed.X[0] && closed.XUpper![0] > closed.X[0]);
    }
}
