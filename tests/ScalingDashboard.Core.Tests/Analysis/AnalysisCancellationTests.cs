using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Tests.Analysis;

/// <summary>
/// Cancellation reaches inside the work: each run is cancelled from its own first progress report (no clock), and
/// must stop with <see cref="OperationCanceledException"/> before it reports again. Each case is one whose old
/// checks (between whole fits) came too late: a single BNSL fit had no check at all after it started.
/// </summary>
public class AnalysisCancellationTests
{
    private static readonly Leaderboard Large = AnalysisTable.Prepare(LargeTable.Build());

    private static readonly AnalysisSpec Bnsl = new() { Benchmarks = ["mmlu"], X = "params", Forms = [BnslForm.FormId] };

    [Fact]
    public void RunFits_BnslCancelledAsItsFitStarts_StopsInsideTheFit()
    {
        using var source = new CancellationTokenSource();
        var progress = new RecordingProgress<AnalysisProgress>(_ => source.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() =>
            AnalysisRunner.RunFits(Large, Bnsl, AnalysisParts.Fits, null, progress, source.Token));

        // The only report is the one announcing the fit: it never finished.
        var report = Assert.Single(progress.Reports);
        Assert.Equal(new AnalysisProgress(AnalysisStage.Fit, "mmlu", BnslForm.FormId, 0, 1), report);
    }

    [Fact]
    public void Sweep_BnslCancelledAfterFirstThreshold_StopsInTheSecondRefit()
    {
        var data = AnalysisRunner.RunFits(Large, Bnsl, AnalysisParts.Fits).Data[0];
        using var source = new CancellationTokenSource();
        var request = BenchmarkFitter.Request(data, Bnsl, new BnslForm(), out _) with { Cancellation = source.Token };
        var progress = new RecordingProgress<int>(_ => source.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ThresholdSweep.Run(new BnslForm(), request, SweepGrid.For(data.X, null), progress: progress));

        Assert.Equal([1], progress.Reports);
    }

    [Fact]
    public void Bootstrap_BnslCancelledAfterFirstResample_StopsInTheSecondRefit()
    {
        var data = AnalysisRunner.RunFits(Large, Bnsl, AnalysisParts.Fits).Data[0];
        using var source = new CancellationTokenSource();
        var request = new FitRequest(data.X, data.Y) { QRandom = data.QRandom };
        var progress = new RecordingProgress<int>(_ => source.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() =>
            Bootstrap.Run(new BnslForm(), request, new BootstrapOptions(200, 1, [1e9]), progress, source.Token));

        Assert.Equal([1], progress.Reports);
    }

    [Fact]
    public void AddBands_CancelledAtFirstReport_ThrowsBeforeAnyResampleCompletes()
    {
        var spec = Bnsl with { Forms = [LogAccuracyPowerLawForm.FormId], Bootstrap = new BootstrapSettings { Resamples = 200, Seed = 5 } };
        var fits = AnalysisRunner.RunFits(Large, spec, AnalysisParts.Fits | AnalysisParts.Bands);
        using var source = new CancellationTokenSource();
        var progress = new RecordingProgress<AnalysisProgress>(_ => source.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() => AnalysisRunner.AddBands(Large, fits, progress, source.Token));

        Assert.Equal(new AnalysisProgress(AnalysisStage.Bootstrap, "mmlu", LogAccuracyPowerLawForm.FormId, 0, 200), Assert.Single(progress.Reports));
    }

    [SharedDataFact("open-llm-leaderboard")]
    public void RunFits_LeaderboardBnslCancelledAsItStarts_StopsInsideTheFit()
    {
        var path = SharedData.PathOf("open-llm-leaderboard/open_llm_leaderboard_v1_2024-07-07.csv");
        var table = AnalysisTable.Prepare(LeaderboardReader.Read(File.ReadAllText(path)).Leaderboard!);
        var spec = new AnalysisSpec { Benchmarks = ["mmlu"], X = "params_b", Forms = [BnslForm.FormId] };
        using var source = new CancellationTokenSource();
        var progress = new RecordingProgress<AnalysisProgress>(_ => source.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() => AnalysisRunner.RunFits(table, spec, AnalysisParts.All, null, progress, source.Token));

        Assert.Equal("fit 0/1 · bnsl on mmlu", Assert.Single(progress.Reports).Text);
    }
}
