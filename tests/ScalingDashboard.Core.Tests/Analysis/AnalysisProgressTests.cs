using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Analysis;

/// <summary>What a face sees while it waits: every stage named, counts that only go up and end at Total/Total, at a bounded rate.</summary>
public class AnalysisProgressTests
{
    private static readonly Leaderboard Table = AnalysisTable.Prepare(LadderTable.Build());

    private static readonly AnalysisSpec TwoForms = new AnalysisSpec
    {
        Forms = [LogAccuracyPowerLawForm.FormId, LogLinearForm.FormId],
    }.WithChanceLevel("mmlu", LadderTable.QRandom);

    [Fact]
    public void AddBands_BootstrapOf50OnTwoFits_EndsAt100Of100AndNeverGoesBack()
    {
        var spec = TwoForms with { Bootstrap = new BootstrapSettings { Resamples = 50 } };
        var fits = AnalysisRunner.RunFits(Table, spec);
        var progress = new RecordingProgress<AnalysisProgress>();

        AnalysisRunner.AddBands(Table, fits, progress);

        Assert.All(progress.Reports, r => Assert.Equal(AnalysisStage.Bootstrap, r.Stage));
        Assert.All(progress.Reports, r => Assert.Equal(100, r.Total));
        Assert.Equal(progress.Reports.Select(r => r.Done).Order(), progress.Reports.Select(r => r.Done));
        Assert.Equal("bootstrap 100/100 · log-linear on mmlu", progress.Reports[^1].Text);
        // The second fit is announced where the first ended.
        Assert.Contains(new AnalysisProgress(AnalysisStage.Bootstrap, "mmlu", LogLinearForm.FormId, 50, 100), progress.Reports);
    }

    [Fact]
    public void Run_BootstrapOf200_ReportsEveryStageInOrderEndingAtItsTotal()
    {
        var spec = TwoForms with { Forms = [LogAccuracyPowerLawForm.FormId], Bootstrap = new BootstrapSettings { Resamples = 200 } };
        var progress = new RecordingProgress<AnalysisProgress>();

        AnalysisRunner.Run(Table, spec, AnalysisParts.All, progress);

        Assert.Equal([AnalysisStage.Fit, AnalysisStage.Sweep, AnalysisStage.Size, AnalysisStage.Bootstrap],
            progress.Reports.Select(r => r.Stage).Distinct());
        var last = progress.Reports.GroupBy(r => r.Stage).Select(g => g.Last().Text);
        Assert.Equal(
            ["fit 1/1 · log-accuracy-power-law on mmlu", $"sweep {SweepGrid.Thresholds}/{SweepGrid.Thresholds} · log-accuracy-power-law on mmlu",
                "size 1/1 · mmlu", "bootstrap 200/200 · log-accuracy-power-law on mmlu"],
            last);
        Assert.All(progress.Reports.GroupBy(r => r.Stage), g => Assert.Equal(g.Select(r => r.Done).Order(), g.Select(r => r.Done)));
    }

    [Fact]
    public void AddBands_BootstrapOf1000_ReportsEveryTenthResampleOnly()
    {
        var spec = TwoForms with { Forms = [LogAccuracyPowerLawForm.FormId], Bootstrap = new BootstrapSettings { Resamples = 1000 } };
        var fits = AnalysisRunner.RunFits(Table, spec);
        var progress = new RecordingProgress<AnalysisProgress>();

        AnalysisRunner.AddBands(Table, fits, progress);

        // 1000 / ReportsPerStage = 10 resamples apart: 0, 10, ..., 1000.
        Assert.Equal(Enumerable.Range(0, 101).Select(i => i * 10), progress.Reports.Select(r => r.Done));
    }

    [Fact]
    public void RunFits_WithoutProgress_GivesTheSameNumbers()
    {
        var progress = new RecordingProgress<AnalysisProgress>();

        var reported = AnalysisRunner.RunFits(Table, TwoForms, AnalysisParts.All, null, progress);
        var silent = AnalysisRunner.RunFits(Table, TwoForms);

        Assert.Equal(silent.Fits.Select(f => f.Evaluation!.Fit.Values.ToArray()), reported.Fits.Select(f => f.Evaluation!.Fit.Values.ToArray()));
        Assert.Equal(silent.Sweeps.Select(s => s.Sweep.CriticalThreshold), reported.Sweeps.Select(s => s.Sweep.CriticalThreshold));
    }

    [Theory]
    [InlineData(AnalysisStage.Sweep, "mmlu", "sigmoid", 7, 24, "sweep 7/24 · sigmoid on mmlu")]
    [InlineData(AnalysisStage.Size, "mmlu", null, 0, 1, "size 0/1 · mmlu")]
    [InlineData(AnalysisStage.Fit, null, null, 0, 0, "fit 0/0")]
    public void Text_StageAndCounts_ReadsAsOneLine(AnalysisStage stage, string? benchmark, string? form, int done, int total, string expected)
    {
        Assert.Equal(expected, new AnalysisProgress(stage, benchmark, form, done, total).Text);
    }
}
