using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Tests.Fitting;

public class LogLogFormTests
{
    private static readonly LogLogForm Form = new();

    [Fact]
    public void Fit_ExactLossPowerLaw_RecoversIt()
    {
        // L = 20 C^-0.05 exactly: ln L = ln 20 - 0.05 ln C.
        double[] c = [1e18, 1e19, 1e20, 1e21];
        var l = c.Select(x => 20 * Math.Pow(x, -0.05)).ToArray();

        var fit = Form.Fit(new FitRequest(c, l));

        // Noise-free: rounding only.
        Assert.Equal(-0.05, fit.Parameter("w").Value, 1e-12);
        Assert.Equal(Math.Log(20), fit.Parameter("b").Value, 1e-10);
        // SSE comes from the single-pass identity Svv - slope * Suv, which cancels to ~1e-16 * Svv; its square
        // root is then ~1e-9, not 0. Harmless on real data (SSE >> rounding), so allow 1e-7 here.
        Assert.Equal(0, fit.Linear!.ResidualStandardError, 1e-7);
    }

    [Fact]
    public void Fit_NonPositiveLosses_AreLeftOut()
    {
        var fit = Form.Fit(new FitRequest([1, 10, 100], [0, 2, 1]));

        Assert.Equal([false, true, true], fit.Points.Select(p => p.UsedInFit));
    }
}
