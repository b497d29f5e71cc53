using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Core.Validation;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;
using ScalingDashboard.Web.Components.Pages.Explorer.Plots;
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

    [Theory]
    [InlineData(1e100, "1e100")]
    [InlineData(1e-300, "1e-300")]
    public void Scaling_ThresholdFarOutsideTheRuns_DrawsNoLineAndSaysSo(double threshold, string written)
    {
        var result = ExplorerResults.Run(LadderTable.Build(), new AnalysisSpec { Holdout = new HoldoutRule { Threshold = threshold } });

        var model = ExplorerPlots.Scaling(result, result.Data[0], "flops");

        Assert.DoesNotContain(model.Series, s => s.Name == ExplorerPlots.ThresholdSeriesName);
        Assert.Equal($"The holdout threshold ({written}) is far outside the runs on this plot (1e18 to 6.31e21), so its line is not drawn.", Assert.Single(model.Notes));
    }

    [Fact]
    public void Scaling_FlopsColumn_HoversInFlops()
    {
        var model = ExplorerPlots.Scaling(Result, Result.Data[0], "flops");

        Assert.Equal(PlotUnit.Flops, model.XAxis.Unit);
        Assert.Equal("1e18 FLOPs", model.XAxis.HoverText(1e18));
    }

    [Theory]
    [InlineData(57.25, "f: the 50% point of the success probability is at 1.78e57, far outside the thresholds swept, so it is not marked.")]
    [InlineData(double.PositiveInfinity, "f: the success probability has no finite 50% point, so it is not marked.")]
    public void Sweep_FiftyPercentPointFarBeyondTheSweep_IsNotMarkedButNoted(double midPoint, string note)
    {
        ThresholdSweepPoint[] points = [new(1e20, 5, 15, 0.02, 0.05, true, true), new(1e21, 10, 10, 0.05, 0.2, false, true)];
        var sweep = new FormSweep("f", new ThresholdSweep(points, 0.1, new LogisticFit(-57.25, 1, midPoint, false)));
        var result = Result with { Analysis = Result.Analysis with { Sweeps = [sweep] } };

        var model = ExplorerPlots.Sweep(result, "flops");

        Assert.DoesNotContain(model.Series, s => s.Name.Contains("50% point", StringComparison.Ordinal));
        Assert.Equal([note], model.Notes);
    }

    [Fact]
    public void Sweep_FiftyPercentPointInsideTheSweep_IsMarked()
    {
        ThresholdSweepPoint[] points = [new(1e20, 5, 15, 0.02, 0.05, true, true), new(1e21, 10, 10, 0.05, 0.2, false, true)];
        var sweep = new FormSweep("f", new ThresholdSweep(points, 0.1, new LogisticFit(-20.5, 1, 20.5, false)));
        var result = Result with { Analysis = Result.Analysis with { Sweeps = [sweep] } };

        var model = ExplorerPlots.Sweep(result, "flops");

        var marker = Assert.Single(model.Series, s => s.Name.Contains("50% point", StringComparison.Ordinal));
        Assert.Equal(Math.Pow(10, 20.5), Assert.Single(marker.X), 6);
        Assert.Empty(model.Notes);
    }

    [Fact]
    public void Figures_TwoBenchmarks_ResidualPanelsForEachNamedInTheTitle()
    {
        var result = ExplorerResults.Run(TwoBenchmarks(), new AnalysisSpec
        {
            Benchmarks = ["mmlu", "arc"],
            Forms = ["log-accuracy-power-law", "sigmoid"],
            Holdout = new HoldoutRule { Threshold = 1e21 },
        });

        var figures = ExplorerFigures.Build(result);

        Assert.Equal(
            [
                "mmlu · log-accuracy-power-law\nresidual vs flops", "mmlu · sigmoid\nresidual vs flops",
                "arc · log-accuracy-power-law\nresidual vs flops", "arc · sigmoid\nresidual vs flops",
            ],
            figures.Residuals.Select(r => r.AgainstX.Title));
        Assert.Equal("arc · sigmoid\nresidual vs prediction", figures.Residuals[3].AgainstPredicted.Title);
        Assert.Equal("mmlu against params", figures.Size!.Title);
    }

    /// <summary>The ladder with a second benchmark that follows the same law a little lower.</summary>
    private static Leaderboard TwoBenchmarks()
    {
        var ladder = LadderTable.Build();
        var mmlu = ladder.FindColumn("mmlu")!;
        var arc = new LeaderboardColumn("arc", ColumnRole.Score, mmlu.Numbers.Select(v => v * 0.95).ToList(), null, ColumnUnit.None);
        return new Leaderboard(ladder.ModelNames, [.. ladder.Columns, arc]);
    }
}
