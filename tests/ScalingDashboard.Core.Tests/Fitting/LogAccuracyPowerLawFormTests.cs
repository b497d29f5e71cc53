using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Tests.Fitting;

public class LogAccuracyPowerLawFormTests
{
    private static readonly LogAccuracyPowerLawForm Form = new();

    // Table 11's ARC-E line in the corrected reading: alpha = -ln 0.8320, A = e^8.4951, Qrandom = 0.2918.
    private static readonly double PaperAlpha = -Math.Log(0.8320);
    private static readonly double PaperA = Math.Exp(8.4951);

    private static double[] Ladder(int n) =>
        Enumerable.Range(0, n).Select(i => 1e18 * Math.Pow(1.1007 * 1.1007, i)).ToArray();

    [Fact]
    public void Fit_NoiseFree_RecoversParameters()
    {
        var x = Ladder(40);
        var truth = new[] { PaperA, PaperAlpha, 0.2918 };
        var y = x.Select(c => Form.Evaluate(truth, c)).ToArray();

        var fit = Form.Fit(new FitRequest(x, y) { QRandom = 0.2918, Margin = 0 });

        Assert.True(fit.Converged, fit.Message);
        // Noise-free data: only floating-point rounding separates the fit from the truth. A is e^intercept, and
        // the intercept is extrapolated from ln C ≈ 41-48 to 0, so allow 1e-6 relative (the bar).
        Assert.Equal(1, fit.Parameter("A").Value / PaperA, 1e-6);
        Assert.Equal(1, fit.Parameter("alpha").Value / PaperAlpha, 1e-6);
        Assert.Equal(0.2918, fit.Parameter("Qrandom").Value);
        Assert.Equal(Math.Log(0.8320), fit.Linear!.Slope, 1e-9);
        Assert.Equal(8.4951, fit.Linear.Intercept, 1e-6);
        Assert.True(fit.Train.Mae < 1e-12, $"train MAE {fit.Train.Mae}");
    }

    [Theory]
    [InlineData(1e19)]
    [InlineData(3.3e21)]
    [InlineData(4e23)]
    public void Invert_ScoreOnCurve_UndoesEvaluate(double c)
    {
        var p = new[] { PaperA, PaperAlpha, 0.2918 };
        var q = Form.Evaluate(p, c);

        Assert.True(Form.TryInvert(p, q, out var back));
        // Two exp/log round trips at ln C ≈ 50 lose a few ulps times ln C, far below 1e-9 relative.
        Assert.Equal(1, back / c, 1e-9);
    }

    [Theory]
    [InlineData(0.2918)] // chance level: Q' = 0, reached only at C -> 0
    [InlineData(1.0)]    // perfect score: reached only at C -> infinity
    [InlineData(0.1)]    // below chance
    public void Invert_ScoreOutsideCurve_IsRefused(double q)
    {
        Assert.False(Form.TryInvert([PaperA, PaperAlpha, 0.2918], q, out var x));
        Assert.True(double.IsNaN(x));
    }

    [Fact]
    public void Evaluate_KnownParameters_MatchesTheFormulaByHand()
    {
        // ARC-E line at C = 1e21: ln C = 48.35429, -ln Q' = exp(8.4951 + ln(0.832) * 48.35429) = exp(-0.398358) = 0.671422,
        // Q' = 0.510982, Q = 0.2918 + 0.7082 * 0.510982 = 0.653677 (computed independently); 1e-6 covers the 6-digit rounding.
        var q = Form.Evaluate([PaperA, PaperAlpha, 0.2918], 1e21);
        Assert.Equal(0.653677, q, 1e-6);
    }

    [Fact]
    public void Fit_PointsBelowMarginOrPerfect_AreLeftOut()
    {
        var x = new[] { 1e18, 2e18, 4e18, 8e18, 1.6e19, 3.2e19 };
        var y = new[] { 0.27, 0.30, 0.40, 0.50, 0.60, 1.0 };

        var fit = Form.Fit(new FitRequest(x, y) { QRandom = 0.25 });

        // 0.27 and 0.30 are under 0.25 + 0.05; 1.0 has Q' = 1 where ln(-ln Q') is -infinity.
        Assert.Equal([false, true, true, true, true, false], fit.Points.Select(p => p.UsedInFit));
        Assert.Equal(4, fit.Linear!.Count);
        Assert.Equal(4, fit.Train.Count);
    }

    [Fact]
    public void Fit_StandardErrors_MatchTheTextbookOlsFormulas()
    {
        // Noisy points; compare with a straightforward two-pass computation of the OLS covariance.
        var x = Ladder(12);
        var noise = new[] { 0.01, -0.02, 0.015, -0.005, 0.02, -0.01, 0.0, 0.012, -0.018, 0.007, -0.003, 0.009 };
        var y = x.Select((c, i) => Form.Evaluate([PaperA, PaperAlpha, 0.0], c) + noise[i]).ToArray();

        var fit = Form.Fit(new FitRequest(x, y) { Margin = 0 });

        var u = x.Select(c => Math.Log(c)).ToArray();
        var v = y.Select(q => Math.Log(-Math.Log(q))).ToArray();
        var mu = u.Average();
        var mv = v.Average();
        var suu = u.Sum(a => (a - mu) * (a - mu));
        var slope = u.Zip(v, (a, b) => (a - mu) * (b - mv)).Sum() / suu;
        var intercept = mv - slope * mu;
        var s2 = u.Zip(v, (a, b) => Math.Pow(b - intercept - slope * a, 2)).Sum() / (u.Length - 2);
        var seSlope = Math.Sqrt(s2 / suu);
        var seIntercept = Math.Sqrt(s2 * (1.0 / u.Length + mu * mu / suu));

        // Both are exact formulas evaluated differently (single-pass Welford vs two-pass): agreement to 1e-9 relative.
        Assert.Equal(1, fit.Linear!.Slope / slope, 1e-9);
        Assert.Equal(1, fit.Parameter("alpha").StandardError!.Value / seSlope, 1e-9);
        Assert.Equal(1, fit.Linear.InterceptStandardError / seIntercept, 1e-9);
        // Delta method: SE(A) = A * SE(intercept).
        Assert.Equal(1, fit.Parameter("A").StandardError!.Value / (Math.Exp(intercept) * seIntercept), 1e-9);
    }

    [Fact]
    public void Fit_TooFewPointsClearTheMargin_FailsWithReason()
    {
        var fit = Form.Fit(new FitRequest([1e18, 2e18, 4e18], [0.26, 0.27, 0.40]) { QRandom = 0.25 });

        Assert.False(fit.Converged);
        Assert.Contains("found 1", fit.Message, StringComparison.Ordinal);
        Assert.True(double.IsNaN(fit.Parameter("alpha").Value));
        Assert.Equal(0.25, fit.Parameter("Qrandom").Value);
        Assert.Equal(0, fit.Train.Count);
    }

    [Fact]
    public void Fit_MissingValuesAndNonPositiveX_AreSkipped()
    {
        var fit = Form.Fit(new FitRequest([0, 1e18, double.NaN, 4e18, 8e18], [0.5, 0.3, 0.5, 0.5, double.NaN]));

        Assert.Equal([false, true, false, true, false], fit.Points.Select(p => p.UsedInFit));
        Assert.True(double.IsNaN(fit.Points[0].Predicted), "x = 0 is outside the log domain");
    }

    [Fact]
    public void Fit_InvalidQRandom_IsRejected()
    {
        var fit = Form.Fit(new FitRequest([1e18, 2e18], [0.5, 0.6]) { QRandom = 1 });

        Assert.False(fit.Converged);
        Assert.Contains("Qrandom", fit.Message, StringComparison.Ordinal);
    }
}
