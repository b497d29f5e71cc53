using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Tests.Fitting;

public class LogLinearFormTests
{
    private static readonly LogLinearForm Form = new();

    // u = log10 x = 1..5, scores scattered about 0.04 + 1.0 u.
    private static readonly double[] X = [10, 100, 1000, 1e4, 1e5];
    private static readonly double[] Y = [1.1, 1.9, 3.2, 3.9, 5.1];

    [Fact]
    public void Fit_SmallSet_MatchesTheHandComputedLine()
    {
        var fit = Form.Fit(new FitRequest(X, Y));

        // By hand: ū = 3, ȳ = 3.04, Suu = 10, Suy = 10 -> b = 1, a = 0.04; SSE = 0.072, s = sqrt(0.024) = 0.154919;
        // SE(b) = s / sqrt(10) = 0.048990, SE(a) = s sqrt(1/5 + 9/10) = 0.162481. 1e-9 absorbs rounding only.
        Assert.Equal(0.04, fit.Parameter("a").Value, 1e-9);
        Assert.Equal(1.0, fit.Parameter("b").Value, 1e-9);
        Assert.Equal(0.048990, fit.Parameter("b").StandardError!.Value, 1e-6);
        Assert.Equal(0.162481, fit.Parameter("a").StandardError!.Value, 1e-6);
        Assert.Equal(3.04, Form.Evaluate(fit.Values, 1000), 1e-9);
    }

    [Fact]
    public void InversePrediction_ConvergedFit_GivesSizeWithCalibrationInterval()
    {
        var fit = Form.Fit(new FitRequest(X, Y));

        var inverse = InversePrediction.FromLogLinear(fit, 3.5)!;

        // u0 = (3.5 - 0.04) / 1 = 3.46 -> x = 10^3.46 = 2884.03. SE(u0) = s/|b| sqrt(1 + 1/5 + 0.46²/10) = 0.173461;
        // t(0.975, 3) = 3.182446 -> 10^(3.46 ± 0.552032) = [822.58, 10111.6] (computed independently in Python).
        Assert.Equal(2884.03, inverse.X, 0.01);
        Assert.Equal(822.58, inverse.Lower, 0.01);
        Assert.Equal(10111.6, inverse.Upper, 0.1);
        Assert.Equal(0.95, inverse.Confidence);
    }

    [Fact]
    public void InversePrediction_FailedFit_IsNull()
    {
        var fit = Form.Fit(new FitRequest([10.0], [1.0]));

        Assert.False(fit.Converged);
        Assert.Null(InversePrediction.FromLogLinear(fit, 1.0));
    }

    [Fact]
    public void Fit_NonPositiveX_IsLeftOut()
    {
        var fit = Form.Fit(new FitRequest([0, -1, 10, 100], [0.1, 0.2, 1, 2]));

        Assert.Equal([false, false, true, true], fit.Points.Select(p => p.UsedInFit));
        Assert.Equal(1, fit.Parameter("b").Value, 1e-12);
    }
}
