using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;
using ScalingDashboard.Web.Components.Pages.Explorer.Plots;
using ScalingDashboard.Web.Services;
using ScalingDashboard.Web.Tests.Components.Pages.Explorer;

namespace ScalingDashboard.Web.Tests.Services;

public sealed class AnalysisServiceTests
{
    private static readonly Leaderboard Table = AnalysisTable.Prepare(LadderTable.Build());

    private static readonly AnalysisSpec WithBands = new()
    {
        Holdout = new HoldoutRule { Threshold = 1e21 },
        Bootstrap = new BootstrapSettings { Resamples = BootstrapSettings.DefaultResamples },
    };

    [Fact]
    public void RunFits_WithBootstrap_LeavesBandsPendingAndAddBandsGivesTheSameBandsAsOneRun()
    {
        var fits = AnalysisRunner.RunFits(Table, WithBands);

        Assert.True(fits.BandsPending);
        Assert.All(fits.Fits, f => Assert.Null(f.Bands));

        var banded = AnalysisRunner.AddBands(Table, fits);
        var oneRun = AnalysisRunner.Run(Table, WithBands);
        Assert.False(banded.BandsPending);
        var band = Assert.Single(banded.Fits).Bands!.Result.Band;
        var expected = Assert.Single(oneRun.Fits).Bands!.Result.Band;
        Assert.NotEmpty(band);
        // Same seed, same resamples: identical bands, bit for bit, whichever way they were computed.
        Assert.Equal(expected.Select(b => (b.Lower, b.Upper)), band.Select(b => (b.Lower, b.Upper)));
        // The fits themselves are untouched by adding bands.
        Assert.Same(fits.Fits[0].Evaluation, banded.Fits[0].Evaluation);
    }

    [Fact]
    public void Figures_OnlyBandsArrive_KeepTheResidualPlotsAndANewSplitRebuildsThem()
    {
        var state = new ExplorerState { Analysis = WithBands };
        var fits = new ExplorerResult(state, AnalysisRunner.RunFits(Table, WithBands));
        var first = ExplorerFigures.Build(fits);

        var banded = ExplorerFigures.Build(fits with { Analysis = AnalysisRunner.AddBands(Table, fits.Analysis) }, first, fits);
        var movedSpec = WithBands with { Holdout = new HoldoutRule { Threshold = 2e21 } };
        var moved = new ExplorerResult(state with { Analysis = movedSpec }, AnalysisRunner.RunFits(Table, movedSpec));
        var next = ExplorerFigures.Build(moved, banded, fits);

        Assert.Same(first.Residuals, banded.Residuals);
        Assert.NotSame(first.Scaling[0], banded.Scaling[0]); // the band is drawn on the scaling plot
        Assert.NotSame(banded.Residuals, next.Residuals);
    }

    [Fact]
    public void RunFits_WithoutBootstrap_HasNothingPending()
    {
        Assert.False(AnalysisRunner.RunFits(Table, WithBands with { Bootstrap = BootstrapSettings.Off }).BandsPending);
    }

    [Fact]
    public async Task RunAsync_WithBootstrap_HandsOverTheFitsBeforeTheBands()
    {
        using var service = new AnalysisService();
        AnalysisResult? early = null;

        var result = await service.RunAsync(Table, WithBands, fits =>
        {
            early = fits;
            return Task.CompletedTask;
        });

        Assert.NotNull(early);
        Assert.True(early.BandsPending);
        Assert.All(early.Fits, f => Assert.Null(f.Bands));
        Assert.NotNull(result);
        Assert.False(result.BandsPending);
        Assert.NotNull(Assert.Single(result.Fits).Bands);
    }

    [Fact]
    public async Task RunAsync_NewerRunDuringBands_CancelsTheOlderOne()
    {
        using var service = new AnalysisService();
        Task<AnalysisResult?>? newer = null;

        // The first run's fits arrive, then a slider tick starts the next run before its bands are computed.
        var older = await service.RunAsync(Table, WithBands, _ =>
        {
            newer = service.RunAsync(Table, WithBands with { Holdout = new HoldoutRule { Threshold = 2e21 } });
            return Task.CompletedTask;
        });

        Assert.Null(older);
        var latest = await newer!;
        Assert.NotNull(latest);
        Assert.Equal(2e21, latest.Spec.Holdout.Threshold);
        Assert.NotNull(Assert.Single(latest.Fits).Bands);
    }

    [Fact]
    public async Task RunAsync_OnlyTheThresholdMoves_ReusesTheSweep()
    {
        using var service = new AnalysisService();

        var first = await service.RunAsync(Table, new AnalysisSpec { Holdout = new HoldoutRule { Threshold = 1e21 } });
        var second = await service.RunAsync(Table, new AnalysisSpec { Holdout = new HoldoutRule { Threshold = 2e21 } });

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEmpty(first.Sweeps);
        Assert.Same(first.Sweeps, second.Sweeps);
    }

    [Fact]
    public async Task RunAsync_StoppedWhileBandsArePending_ReturnsNull()
    {
        using var service = new AnalysisService();
        var stopped = false;

        var result = await service.RunAsync(Table, WithBands, _ =>
        {
            stopped = service.Stop();
            return Task.CompletedTask;
        });

        Assert.True(stopped);
        Assert.Null(result);
        // Nothing runs any more, so a second Stop has nothing to stop.
        Assert.False(service.Stop());
    }

    [Fact]
    public async Task Stop_AfterTheRunEnded_ReturnsFalse()
    {
        using var service = new AnalysisService();

        Assert.NotNull(await service.RunAsync(Table, new AnalysisSpec()));

        Assert.False(service.Stop());
    }

    [Fact]
    public async Task RunAsync_EverySlotBusy_SaysQueuedThenRunsWhenASlotFrees()
    {
        using var gate = new AnalysisGate(1);
        using var service = new AnalysisService(gate);
        var statuses = new List<AnalysisStatus>();
        var held = await gate.EnterAsync(null, CancellationToken.None);

        var run = service.RunAsync(Table, new AnalysisSpec(), onStatus: status => { lock (statuses) { statuses.Add(status); } });
        Assert.False(run.IsCompleted);
        Assert.Equal(1, gate.Waiting);
        held.Dispose();
        var result = await run;

        Assert.NotNull(result);
        // Progress lines repeat "running"; the phases in order are queued, running, idle.
        var phases = statuses.Select(s => s.Phase).Where((p, i) => i == 0 || statuses[i - 1].Phase != p);
        Assert.Equal([AnalysisPhase.Queued, AnalysisPhase.Running, AnalysisPhase.Idle], phases);
        Assert.Contains(statuses, s => s.Text.StartsWith("fit 1/1", StringComparison.Ordinal));
        Assert.Equal("queued: the server runs 1 analyses at a time and all are busy", statuses[0].Text);
    }

    [Fact]
    public async Task RunAsync_HostStopping_CancelsQueuedAndNewRuns()
    {
        using var gate = new AnalysisGate(1);
        using var service = new AnalysisService(gate);
        var held = await gate.EnterAsync(null, CancellationToken.None);
        var queued = service.RunAsync(Table, new AnalysisSpec());

        gate.StopAll();

        Assert.Null(await queued);
        held.Dispose();
        Assert.Null(await service.RunAsync(Table, new AnalysisSpec()));
    }

    [Theory]
    [InlineData(14.25, "14.3 ms")]
    [InlineData(999.94, "999.9 ms")]
    [InlineData(1000, "1.0 s")]
    [InlineData(13796.7, "13.8 s")]
    public void Duration_AboveOneSecond_IsInSeconds(double milliseconds, string expected) =>
        Assert.Equal(expected, ExplorerPage.Duration(TimeSpan.FromMilliseconds(milliseconds)));
}
