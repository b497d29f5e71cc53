using ScalingDashboard.Core.Validation;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

namespace ScalingDashboard.Web.Tests.Explorer;

public sealed class ExplorerAnalysisTests
{
    private static readonly ScalingDashboard.Core.Data.Leaderboard Table = LadderTable.Build();

    [Fact]
    public void Run_DefaultState_PicksScoreFlopsAndPowerLaw_AndRecoversParameters()
    {
        var result = ExplorerAnalysis.Run(Table, new ExplorerState { QRandom = System.Collections.Immutable.ImmutableDictionary<string, double>.Empty.Add("mmlu", 0.25) });

        Assert.Equal(["mmlu"], result.View.Benchmarks);
        Assert.Equal("flops", result.View.X);
        var fit = Assert.Single(result.Fits);
        Assert.True(fit.Succeeded);
        // Noise-free data: OLS in ln(-ln Q') space recovers alpha to rounding.
        Assert.Equal(LadderTable.Alpha, fit.Evaluation!.Fit.Parameter("alpha").Value, 9);
        Assert.Equal(0, fit.Evaluation.Validation.Count);
        // The closed model has no flops and is left out of the scaling fit.
        Assert.Equal(1, result.Data[0].Dropped);
    }

    [Fact]
    public void Run_WithThreshold_ValidatesOnRunsAbove()
    {
        var state = new ExplorerState { Threshold = 1e21, QRandom = System.Collections.Immutable.ImmutableDictionary<string, double>.Empty.Add("mmlu", 0.25) };

        var fit = Assert.Single(ExplorerAnalysis.Run(Table, state).Fits);

        // flops = 1e18 * 10^(0.2 i) > 1e21 for i = 16..19.
        Assert.Equal(4, fit.Evaluation!.Validation.Count);
        Assert.Equal(0, fit.Evaluation.Validation.Mae, 9);
        Assert.All(fit.Evaluation.Points.Where(p => p.X > 1e21), p => Assert.Equal(PointSet.Validation, p.Set));
    }

    [Fact]
    public void Resolve_UnknownColumnsAndForms_AreReportedAndDefaultsUsed()
    {
        var view = ExplorerAnalysis.Resolve(Table, new ExplorerState { Benchmarks = ["nope"], X = "missing", Forms = ["no-such-form", "sigmoid"] });

        Assert.Equal(["mmlu"], view.Benchmarks);
        Assert.Equal("flops", view.X);
        Assert.Equal(["sigmoid"], view.Forms.Select(f => f.Id));
        Assert.Equal(3, view.Problems.Count);
        Assert.Contains(view.Problems, p => p.Contains("'nope'", StringComparison.Ordinal));
        Assert.Contains(view.Problems, p => p.Contains("'missing'", StringComparison.Ordinal));
        Assert.Contains(view.Problems, p => p.Contains("'no-such-form'", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_QRandomDefault_ComesFromTheBenchmarkName()
    {
        Assert.Equal(0.25, ExplorerAnalysis.Resolve(Table, new ExplorerState()).QRandom["mmlu"]);
        Assert.Equal(0.2918, ChanceLevels.Default("arc_easy"), 4);
        Assert.Equal(0.2918, ChanceLevels.Default("arc_easy|acc_norm"), 4);
        Assert.Equal(0, ChanceLevels.Default("gsm8k"));
    }

    [Fact]
    public void RowFilter_WeightsFamiliesAndSize()
    {
        Assert.Equal(20, RowFilter.Keep(Table, new ExplorerState { Weights = WeightsFilter.Open }).Count);
        Assert.Equal([20], RowFilter.Keep(Table, new ExplorerState { Weights = WeightsFilter.Closed }));
        Assert.Equal(10, RowFilter.Keep(Table, new ExplorerState { GroupBy = "family", Families = ["even"] }).Count);
        var sizes = RowFilter.Keep(Table, new ExplorerState { SizeMin = 1e9 });
        Assert.All(sizes, r => Assert.True(Table.Columns[1].Numbers[r] >= 1e9));
        Assert.DoesNotContain(20, sizes);
    }

    [Fact]
    public void SizeScatter_PlacesClosedModelInsideItsInterval()
    {
        var size = Assert.IsType<SizeScatterResult>(ExplorerAnalysis.Run(Table, new ExplorerState()).Size);

        Assert.Null(size.Problem);
        Assert.Equal(20, size.Size.Count);
        var closed = Assert.Single(size.Closed);
        Assert.Equal("closed-model", closed.Label);
        Assert.InRange(closed.Size, closed.Lower, closed.Upper);
        // The score at 3e21 FLOPs belongs to a model of about sqrt(3e21 / 120) = 5e9 parameters; the straight
        // log-linear line through a curved power law lands within a factor of two of it.
        Assert.InRange(closed.Size, 2.5e9, 1e10);
        // Noise-free, monotone data: every model with a size is on the frontier.
        Assert.Equal(20, size.Frontier.Count);
    }

    [Fact]
    public void SweepKey_IgnoresThresholdAndYScale_SoTheSweepIsReused()
    {
        var a = new ExplorerState { Threshold = 1e20, YScale = YScale.NegLogNormalised };
        var b = new ExplorerState { Threshold = 5e21 };

        Assert.Equal(ExplorerAnalysis.SweepKey(a), ExplorerAnalysis.SweepKey(b));
        Assert.NotEqual(ExplorerAnalysis.SweepKey(a), ExplorerAnalysis.SweepKey(a with { Margin = 0.1 }));
        var first = ExplorerAnalysis.Run(Table, a);
        var second = ExplorerAnalysis.Run(Table, b, first.Sweeps);
        Assert.Same(first.Sweeps[0].Sweep, second.Sweeps[0].Sweep);
    }

    [Fact]
    public void Run_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => ExplorerAnalysis.Run(Table, new ExplorerState(), null, cancelled.Token));
    }

    [Fact]
    public void Run_WithCondition_ValidatesOnTheRowsItPicks_AndIgnoresTheThreshold()
    {
        // Odd runs above 1e20 held out; the threshold (which would hold out 4 runs) does not apply.
        var state = new ExplorerState { Threshold = 1e21, TrainMin = 1e18, HoldoutWhere = "family = odd and flops > 1e20" };

        var result = ExplorerAnalysis.Run(Table, state);

        var fit = Assert.Single(result.Fits);
        var points = fit.Evaluation!.Points;
        // flops = 1e18 * 10^(0.2 i): i = 11, 13, ..., 19 are odd with flops > 1e20.
        Assert.Equal([11, 13, 15, 17, 19], points.Where(p => p.Set == PointSet.Validation).Select(p => p.Index).ToArray());
        Assert.Equal(15, fit.Evaluation.Train.Count);
        Assert.Equal(0, fit.Evaluation.Validation.Mae, 9); // noise-free ladder
        Assert.Empty(result.View.Problems);
        Assert.Equal("family = odd and flops > 1e20", result.View.Holdout!.Text);
    }

    [Fact]
    public void Run_WithBrokenCondition_SaysWhy_AndFallsBackToTheThreshold()
    {
        var result = ExplorerAnalysis.Run(Table, new ExplorerState { Threshold = 1e21, HoldoutWhere = "size > 7B" });

        Assert.Contains(result.View.Problems, p => p.StartsWith("Validate where: No column 'size'.", StringComparison.Ordinal)
            && p.EndsWith("The threshold applies instead.", StringComparison.Ordinal));
        Assert.Null(result.View.Holdout);
        Assert.Equal(4, Assert.Single(result.Fits).Evaluation!.Validation.Count);
    }

    [Fact]
    public void SweepKey_IgnoresTheCondition()
    {
        Assert.Equal(ExplorerAnalysis.SweepKey(new ExplorerState()), ExplorerAnalysis.SweepKey(new ExplorerState { HoldoutWhere = "flops > 1" }));
    }
}
