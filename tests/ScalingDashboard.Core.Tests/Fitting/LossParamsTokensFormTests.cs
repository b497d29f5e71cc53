using System.Diagnostics;
using System.Globalization;
using ScalingDashboard.Core.Examples;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Fitting;

public class LossParamsTokensFormTests(ITestOutputHelper output)
{
    private static FitRequest Request(IReadOnlyList<SyntheticLossRun> runs) =>
        new(runs.Select(r => r.Parameters).ToArray(), runs.Select(r => r.Loss).ToArray())
        {
            X2 = runs.Select(r => r.Tokens).ToArray(),
            Labels = runs.Select(r => r.Model).ToArray(),
        };

    [Fact]
    public void Fit_NoiseFreeLadder_RecoversHoffmannValues()
    {
        var truth = LossLaw.Hoffmann2022;
        var watch = Stopwatch.StartNew();
        var fit = new LossParamsTokensForm().Fit(Request(SyntheticLossLadder.GenerateNoiseFree()));
        watch.Stop();

        Assert.True(fit.Converged, fit.Message);
        var law = LossLaw.FromFit(fit);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{watch.ElapsedMilliseconds} ms; A {law.A:G10}, B {law.B:G10}, E {law.E:G10}, alpha {law.Alpha:G10}, beta {law.Beta:G10}; {fit.Message}"));
        // The check: 1e-6 relative on noise-free data (the loss values are exact doubles, so only the
        // optimiser's convergence limits the recovery).
        Assert.Equal(1, law.A / truth.A, 1e-6);
        Assert.Equal(1, law.B / truth.B, 1e-6);
        Assert.Equal(1, law.E / truth.E, 1e-6);
        Assert.Equal(1, law.Alpha / truth.Alpha, 1e-6);
        Assert.Equal(1, law.Beta / truth.Beta, 1e-6);
        Assert.Equal(240, fit.Points.Count(p => p.UsedInFit));
    }

    [Fact]
    public void Fit_NoisyLadder_LandsNearTheTruthAndReportsTheObjective()
    {
        var fit = new LossParamsTokensForm().Fit(Request(SyntheticLossLadder.Generate()));

        Assert.True(fit.Converged, fit.Message);
        var law = LossLaw.FromFit(fit);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A {law.A:G6}, B {law.B:G6}, E {law.E:G6}, alpha {law.Alpha:G6}, beta {law.Beta:G6}; {fit.Message}"));
        // 0.5% noise on 240 runs pins the exponents to a few hundredths (their trade-off with A and B is what
        // loosens them); 0.05 is a bound the fit clears with room, and a wrong optimum would miss it.
        Assert.Equal(LossLaw.Hoffmann2022.Alpha, law.Alpha, 0.05);
        Assert.Equal(LossLaw.Hoffmann2022.Beta, law.Beta, 0.05);
        Assert.Equal(LossLaw.Hoffmann2022.E, law.E, 0.05);
        Assert.Contains("objective", fit.Message, StringComparison.Ordinal);
        Assert.Contains("4500 grid starts", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_SameDataTwice_GivesIdenticalResults()
    {
        var request = Request(SyntheticLossLadder.Generate());
        var first = new LossParamsTokensForm().Fit(request);
        var second = new LossParamsTokensForm().Fit(request);

        // Bit for bit: the parallel search reduces by (objective, start index), so thread timing cannot choose.
        Assert.Equal(first.Values, second.Values);
        Assert.Equal(first.Message, second.Message);
    }

    [Fact]
    public void Fit_BadRows_AreLeftOutAndCounted()
    {
        var runs = SyntheticLossLadder.GenerateNoiseFree().ToList();
        runs[0] = runs[0] with { Loss = 0 };
        runs[1] = runs[1] with { Loss = -1 };
        runs[2] = runs[2] with { Parameters = -5 };
        runs[3] = runs[3] with { Tokens = 0 };

        var fit = new LossParamsTokensForm().Fit(Request(runs));

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal([false, false, false, false, true], fit.Points.Take(5).Select(p => p.UsedInFit));
        Assert.Equal(236, fit.Points.Count(p => p.UsedInFit));
        Assert.Contains("2 of 240 runs have N or D <= 0", fit.Message, StringComparison.Ordinal);
        Assert.Contains("2 of 240 runs have loss <= 0", fit.Message, StringComparison.Ordinal);
        // The other 236 runs are still exact, so the recovery holds.
        Assert.Equal(1, fit.Parameter("alpha").Value / LossLaw.Hoffmann2022.Alpha, 1e-6);
    }

    [Fact]
    public void Fit_TooFewRuns_FailsAndSaysWhy()
    {
        var runs = SyntheticLossLadder.GenerateNoiseFree().Take(5).ToList();

        var fit = new LossParamsTokensForm().Fit(Request(runs));

        Assert.False(fit.Converged);
        Assert.Contains("more than 5 runs", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var request = Request(SyntheticLossLadder.Generate()) with { Cancellation = cancellation.Token };

        Assert.ThrowsAny<OperationCanceledException>(() => new LossParamsTokensForm().Fit(request));
    }

    [Fact]
    public void Registry_Default_HoldsTheFormByItsId()
    {
        Assert.IsType<LossParamsTokensForm>(FitFormRegistry.Default.Get("loss-params-tokens"));
    }
}
