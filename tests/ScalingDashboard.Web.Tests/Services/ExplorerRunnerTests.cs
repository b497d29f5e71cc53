using ScalingDashboard.Web.Components.Pages.Explorer;
using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;
using ScalingDashboard.Web.Components.Pages.Explorer.Plots;
using ScalingDashboard.Web.Services;
using ScalingDashboard.Web.Tests.Explorer;

namespace ScalingDashboard.Web.Tests.Services;

public sealed class ExplorerRunnerTests
{
    private static readonly ScalingDashboard.Core.Data.Leaderboard Table = LadderTable.Build();

    private static readonly ExplorerState WithBands = new() { Threshold = 1e21, Bootstrap = true };

    [Fact]
    public void RunFits_LeavesBandsPending_AndAddBands_GivesTheSameBandsAsOneRun()
    {
        var fits = ExplorerAnalysis.RunFits(Table, WithBands, null, null);

        Assert.True(fits.BandsPending);
        Assert.All(fits.Fits, f => Assert.Null(f.Bootstrap));

        var banded = ExplorerAnalysis.AddBands(fits);
        var oneRun = ExplorerAnalysis.Run(Table, WithBands);
        Assert.False(banded.BandsPending);
        var band = Assert.Single(banded.Fits).Bootstrap!.Band;
        var expected = Assert.Single(oneRun.Fits).Bootstrap!.Band;
        Assert.NotEmpty(band);
        // Same seed, same resamples: identical bands, bit for bit, whichever way they were computed.
        Assert.Equal(expected.Select(b => (b.Lower, b.Upper)), band.Select(b => (b.Lower, b.Upper)));
        // The fits themselves are untouched by adding bands.
        Assert.Same(fits.Fits[0].Evaluation, banded.Fits[0].Evaluation);
    }

    [Fact]
    public void Figures_KeepTheResidualPlotsWhenOnlyBandsArrive_AndRebuildThemForANewSplit()
    {
        var fits = ExplorerAnalysis.RunFits(Table, WithBands, null, null);
        var first = ExplorerFigures.Build(fits);

        var banded = ExplorerFigures.Build(ExplorerAnalysis.AddBands(fits), first, fits);
        var moved = ExplorerAnalysis.RunFits(Table, WithBands with { Threshold = 2e21 }, null, null);
        var next = ExplorerFigures.Build(moved, banded, fits);

        Assert.Same(first.Residuals, banded.Residuals);
        Assert.NotSame(first.Scaling[0], banded.Scaling[0]); // the band is drawn on the scaling plot
        Assert.NotSame(banded.Residuals, next.Residuals);
    }

    [Fact]
    public void RunFits_WithoutBootstrap_HasNothingPending()
    {
        Assert.False(ExplorerAnalysis.RunFits(Table, WithBands with { Bootstrap = false }, null, null).BandsPending);
    }

    [Fact]
    public async Task RunAsync_HandsOverTheFitsBeforeTheBands()
    {
        using var runner = new ExplorerRunner();
        ExplorerResult? early = null;

        var result = await runner.RunAsync(Table, WithBands, fits =>
        {
            early = fits;
            return Task.CompletedTask;
        });

        Assert.NotNull(early);
        Assert.True(early.BandsPending);
        Assert.NotNull(result);
        Assert.False(result.BandsPending);
        Assert.NotNull(Assert.Single(result.Fits).Bootstrap);
    }

    [Fact]
    public async Task RunAsync_ANewerRunCancelsTheBandsOfTheOlderOne()
    {
        using var runner = new ExplorerRunner();
        Task<ExplorerResult?>? newer = null;

        // The first run's fits arrive, then a slider tick starts the next run before its bands are computed.
        var older = await runner.RunAsync(Table, WithBands, _ =>
        {
            newer = runner.RunAsync(Table, WithBands with { Threshold = 2e21 });
            return Task.CompletedTask;
        });

        Assert.Null(older);
        var latest = await newer!;
        Assert.NotNull(latest);
        Assert.Equal(2e21, latest.State.Threshold);
        Assert.NotNull(Assert.Single(latest.Fits).Bootstrap);
    }
}
