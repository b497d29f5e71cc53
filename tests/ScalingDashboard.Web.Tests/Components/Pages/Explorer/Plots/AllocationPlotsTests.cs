using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Examples;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Web.Components.Pages.Explorer.Plots;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Tests.Components.Pages.Explorer.Plots;

public sealed class AllocationPlotsTests
{
    private static readonly LossLaw Law = LossLaw.Hoffmann2022;

    /// <summary>The shipped ladder's grid without noise: every run lies exactly on the law.</summary>
    internal static AllocationRuns NoiseFreeRuns()
    {
        var runs = SyntheticLossLadder.GenerateNoiseFree(Law);
        return new AllocationRuns(runs.Select(r => r.Parameters).ToList(), runs.Select(r => r.Tokens).ToList(),
            runs.Select(r => r.Loss).ToList(), runs.Select(r => r.Model).ToList(), runs.Select(_ => "").ToList());
    }

    [Fact]
    public void LossAgainstCompute_PathIsTheOptimalLoss_AndNoRunBeatsIt()
    {
        var runs = NoiseFreeRuns();

        var model = AllocationPlots.LossAgainstCompute(Law, runs);

        var markers = model.Series.Single(s => s.Name == "runs");
        Assert.Equal(runs.Parameters.Zip(runs.Tokens, (n, d) => 6 * n * d), markers.X);
        var solid = model.Series.Single(s => s.Style == SeriesStyle.Line);
        var dashed = model.Series.Single(s => s.Style == SeriesStyle.DashedLine);
        // Solid from a third of the smallest run's compute to the largest; dashed two decades on.
        Assert.Equal(runs.Compute.Min() / 3, solid.X[0], solid.X[0] * 1e-12);
        Assert.Equal(runs.Compute.Max(), solid.X[^1]);
        Assert.Equal(runs.Compute.Max() * AllocationPlots.ExtrapolationFactor, dashed.X[^1], dashed.X[^1] * 1e-12);
        Assert.All(solid.X.Zip(solid.Y), p => Assert.Equal(ComputeOptimal.At(Law, p.First).Loss, p.Second, 1e-12));
        // On the law itself, a run can at best match the optimum at its own budget.
        Assert.All(Enumerable.Range(0, runs.Loss.Count), i =>
            Assert.True(runs.Loss[i] >= ComputeOptimal.At(Law, runs.Compute[i]).Loss - 1e-12, $"run {i}"));
        Assert.True(model.XAxis.IsLog);
        Assert.Equal(PlotUnit.Flops, model.XAxis.Unit);
    }

    [Fact]
    public void IsoLossMap_EveryCurveHasItsLevelsLoss_OneLegendEntry_AndTheBudgetIsMarked()
    {
        var runs = NoiseFreeRuns();
        var budget = ComputeOptimal.At(Law, 1e24);

        var model = AllocationPlots.IsoLossMap(Law, runs, budget);

        var curves = model.Series.Where(s => s.LegendGroup == "iso-loss").ToList();
        Assert.InRange(curves.Count, 3, 6);
        foreach (var curve in curves)
        {
            var level = double.Parse(curve.Labels![0]["L = ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            // Levels are shown to three figures and computed from the rounded value: the curve is exact for it.
            Assert.All(curve.X.Zip(curve.Y), p => Assert.Equal(level, Law.Loss(p.First, p.Second), 1e-9));
        }

        Assert.Single(curves, c => c.ShowInLegend);
        var path = model.Series.Single(s => s.Name == "compute-optimal N and D");
        Assert.All(path.X.Zip(path.Y), p =>
            Assert.Equal(ComputeOptimal.At(Law, 6 * p.First * p.Second).Parameters, p.First, p.First * 1e-9));
        var star = model.Series.Single(s => s.Symbol == MarkerSymbol.Star);
        Assert.Equal([budget.Parameters], star.X);
        Assert.Equal([budget.Tokens], star.Y);
        // The box stretches to hold the budget's allocation (4.1e10 parameters, 4.0e12 tokens, beyond every run).
        Assert.True(path.X.Max() >= budget.Parameters);
    }

    [Fact]
    public void AllocationRuns_FromAFit_AreTheFitsNAndD_WithComputeAndHover()
    {
        var table = AnalysisTable.Prepare(LeaderboardReader.Read(SyntheticLossLadder.GenerateCsv()).Leaderboard!);
        var spec = new AnalysisSpec { Benchmarks = ["loss"], X = "params", X2 = "tokens", Forms = ["loss-params-tokens"] };
        var result = AnalysisRunner.Run(table, spec, AnalysisParts.Fits);

        var runs = AllocationRuns.From(result.Data[0], spec, result.Fits[0]);

        Assert.NotNull(runs);
        Assert.Equal(240, runs.Parameters.Count);
        Assert.Equal(7e7, runs.Parameters[0]);
        Assert.Equal(3.5e8, runs.Tokens[0]);
        Assert.Equal(6 * 7e7 * 3.5e8, runs.Compute[0]);
        Assert.Equal("run-001", runs.Labels[0]);
        Assert.StartsWith("C = 6ND: 1.47e17 FLOPs\nN: 70M parameters, D: 350M tokens\nloss 4.24, law ", runs.HoverLines[0], StringComparison.Ordinal);
    }
}
