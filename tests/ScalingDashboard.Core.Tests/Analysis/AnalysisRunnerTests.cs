using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Tests.Analysis;

/// <summary>The Explorer's analysis, now the shared <see cref="AnalysisRunner"/>, on the noise-free ladder.</summary>
public sealed class AnalysisRunnerTests
{
    private static readonly Leaderboard Table = AnalysisTable.Prepare(LadderTable.Build());

    private static readonly AnalysisSpec QRandomSet = new AnalysisSpec().WithChanceLevel("mmlu", LadderTable.QRandom);

    [Fact]
    public void Run_DefaultSpec_PicksScoreFlopsAndPowerLawAndRecoversParameters()
    {
        var result = AnalysisRunner.Run(Table, QRandomSet);

        Assert.Equal(["mmlu"], result.Resolved.Benchmarks);
        Assert.Equal("flops", result.Resolved.X);
        var fit = Assert.Single(result.Fits);
        Assert.True(fit.Succeeded);
        // Noise-free data: OLS in ln(-ln Q') space recovers alpha to rounding.
        Assert.Equal(LadderTable.Alpha, fit.Evaluation!.Fit.Parameter("alpha").Value, 9);
        Assert.Equal(0, fit.Evaluation.Validation.Count);
        // The closed model has no flops: left out of the scaling fit and counted, with one line saying why.
        Assert.Equal(1, result.Data[0].Dropped);
        Assert.Equal(["mmlu: 1 of 21 rows has no flops value; left out."], result.Data[0].LeftOut);
        Assert.Equal(result.Data[0].LeftOut, result.Notes);
    }

    [Fact]
    public void Run_WithThreshold_ValidatesOnRunsAbove()
    {
        var spec = QRandomSet with { Holdout = new HoldoutRule { Threshold = 1e21 } };

        var fit = Assert.Single(AnalysisRunner.Run(Table, spec).Fits);

        // flops = 1e18 * 10^(0.2 i) > 1e21 for i = 16..19.
        Assert.Equal(4, fit.Evaluation!.Validation.Count);
        Assert.Equal(0, fit.Evaluation.Validation.Mae, 9);
        Assert.All(fit.Evaluation.Points.Where(p => p.X > 1e21), p => Assert.Equal(PointSet.Validation, p.Set));
    }

    [Fact]
    public void Resolve_UnknownColumnsAndForms_AreReportedAndDefaultsUsed()
    {
        var view = AnalysisResolver.Resolve(Table, new AnalysisSpec { Benchmarks = ["nope"], X = "missing", Forms = ["no-such-form", "sigmoid"] });

        Assert.Equal(["mmlu"], view.Benchmarks);
        Assert.Equal("flops", view.X);
        Assert.Equal(["sigmoid"], view.Forms.Select(f => f.Id));
        Assert.Equal(3, view.Problems.Count);
        Assert.Contains(view.Problems, p => p.Contains("'nope'", StringComparison.Ordinal));
        Assert.Contains(view.Problems, p => p.Contains("'missing'", StringComparison.Ordinal));
        Assert.Contains(view.Problems, p => p.Contains("'no-such-form'", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_QRandomDefault_ComesFromTheBenchmarkNameWithItsSource()
    {
        var mmlu = AnalysisResolver.Resolve(Table, new AnalysisSpec()).ChanceLevels["mmlu"];
        Assert.Equal(0.25, mmlu.Value);
        Assert.Equal(ChanceLevelSource.Choices, mmlu.Source);
        Assert.Equal(0.2918, ChanceLevels.Default("arc_easy").Value, 4);
        Assert.Equal(ChanceLevelSource.SeedTable16, ChanceLevels.Default("arc_easy").Source);
        Assert.Equal(0.2918, ChanceLevels.Default("arc_easy|acc_norm").Value, 4);
        Assert.Equal(0, ChanceLevels.Default("gsm8k").Value);
        Assert.Equal(ChanceLevelSource.Generative, ChanceLevels.Default("gsm8k").Source);
        // A name the registry does not know is 0, and says so (it used to be 0 silently).
        Assert.Equal(0, ChanceLevels.Default("my_private_eval").Value);
        Assert.Equal(ChanceLevelSource.Unknown, ChanceLevels.Default("my_private_eval").Source);
    }

    [Fact]
    public void Resolve_ChanceLevelSetForTheAnalysis_WinsAndIsMarkedSet()
    {
        var level = AnalysisResolver.Resolve(Table, new AnalysisSpec().WithChanceLevel("mmlu", 0.3)).ChanceLevels["mmlu"];

        Assert.Equal(0.3, level.Value);
        Assert.Equal(ChanceLevelSource.Set, level.Source);
    }

    [Fact]
    public void RowFilter_WeightsFamiliesAndSize_KeepTheMatchingRows()
    {
        Assert.Equal(20, RowFilter.Keep(Table, Filtered(new RowFilters { Weights = WeightsFilter.Open })).Count);
        Assert.Equal([20], RowFilter.Keep(Table, Filtered(new RowFilters { Weights = WeightsFilter.Closed })));
        Assert.Equal(10, RowFilter.Keep(Table, Filtered(new RowFilters { Families = ["even"] }) with { GroupBy = "family" }).Count);
        var sizes = RowFilter.Keep(Table, Filtered(new RowFilters { SizeMin = 1e9 }));
        Assert.All(sizes, r => Assert.True(Table.Columns[1].Numbers[r] >= 1e9));
        Assert.DoesNotContain(20, sizes);
    }

    [Fact]
    public void Collect_RowWithoutAGroup_IsDrawnAsNoneAndResampledAlone()
    {
        // Rule: a row without a group value is its own bootstrap unit, not one big "unknown" family.
        var family = Table.FindColumn("family")!;
        var texts = family.Texts.Select((t, i) => i is 3 or 5 ? null : t).ToList();
        var table = new Leaderboard(Table.ModelNames,
            [.. Table.Columns.Select(c => c.Header == "family" ? new LeaderboardColumn("family", ColumnRole.Family, null, texts, ColumnUnit.None) : c)]);

        var data = AnalysisRunner.Run(table, new AnalysisSpec { GroupBy = "family" }, AnalysisParts.Fits).Data[0];

        Assert.Equal(Groups.None, data.Groups[3]);
        Assert.Equal(Groups.None, data.Groups[5]);
        Assert.NotEqual(data.ResampleGroups[3], data.ResampleGroups[5]);
        Assert.Equal(data.ResampleGroups[7], data.ResampleGroups[9]); // both "odd"
    }

    [Fact]
    public void SizeScatter_ClosedModel_IsPlacedInsideItsInterval()
    {
        var size = Assert.IsType<SizeScatterResult>(AnalysisRunner.Run(Table, new AnalysisSpec()).Size);

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
    public void SweepKey_ThresholdChanged_IsEqualSoTheSweepIsReused()
    {
        var a = new AnalysisSpec { Holdout = new HoldoutRule { Threshold = 1e20 } };
        var b = new AnalysisSpec { Holdout = new HoldoutRule { Threshold = 5e21 } };

        Assert.Equal(AnalysisRunner.SweepKey(a), AnalysisRunner.SweepKey(b));
        Assert.NotEqual(AnalysisRunner.SweepKey(a), AnalysisRunner.SweepKey(a with { Margin = 0.1 }));
        var first = AnalysisRunner.Run(Table, a);
        var second = AnalysisRunner.RunFits(Table, b, AnalysisParts.All, first);
        Assert.NotEmpty(first.Sweeps);
        Assert.Same(first.Sweeps[0].Sweep, second.Sweeps[0].Sweep);
    }

    [Fact]
    public void Run_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => AnalysisRunner.Run(Table, new AnalysisSpec(), AnalysisParts.All, cancelled.Token));
    }

    [Fact]
    public void Run_WithCondition_ValidatesOnTheRowsItPicksAndIgnoresTheThreshold()
    {
        // Odd runs above 1e20 held out; the threshold (which would hold out 4 runs) does not apply.
        var spec = new AnalysisSpec { Holdout = new HoldoutRule { Threshold = 1e21, TrainMin = 1e18, Condition = "family = odd and flops > 1e20" } };

        var result = AnalysisRunner.Run(Table, spec);

        var fit = Assert.Single(result.Fits);
        var points = fit.Evaluation!.Points;
        // flops = 1e18 * 10^(0.2 i): i = 11, 13, ..., 19 are odd with flops > 1e20.
        Assert.Equal([11, 13, 15, 17, 19], points.Where(p => p.Set == PointSet.Validation).Select(p => p.Index).ToArray());
        Assert.Equal(15, fit.Evaluation.Train.Count);
        Assert.Equal(0, fit.Evaluation.Validation.Mae, 9); // noise-free ladder
        Assert.Empty(result.Resolved.Problems);
        Assert.Equal("family = odd and flops > 1e20", result.Resolved.Holdout!.Text);
    }

    [Fact]
    public void Run_WithBrokenCondition_SaysWhyAndFallsBackToTheThreshold()
    {
        var spec = new AnalysisSpec { Holdout = new HoldoutRule { Threshold = 1e21, Condition = "size > 7B" } };

        var result = AnalysisRunner.Run(Table, spec);

        Assert.Contains(result.Resolved.Problems, p => p.StartsWith("Validate where: No column 'size'.", StringComparison.Ordinal)
            && p.EndsWith("The threshold applies instead.", StringComparison.Ordinal));
        Assert.Null(result.Resolved.Holdout);
        Assert.Equal(4, Assert.Single(result.Fits).Evaluation!.Validation.Count);
    }

    [Fact]
    public void SweepKey_ConditionChanged_IsEqual()
    {
        Assert.Equal(AnalysisRunner.SweepKey(new AnalysisSpec()),
            AnalysisRunner.SweepKey(new AnalysisSpec { Holdout = new HoldoutRule { Condition = "flops > 1" } }));
    }

    private static AnalysisSpec Filtered(RowFilters filters) => new() { Filters = filters };
}
