using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;

namespace ScalingDashboard.Core.Tests.Fitting;

public class InformationCriteriaTests
{
    [Fact]
    public void Create_ValidFit_AppliesTheGaussianFormulas()
    {
        var ic = InformationCriteria.Create(10, 2, 0.5, "score")!;

        Assert.Equal(10 * Math.Log(0.05) + 4, ic.Aic, 12);
        Assert.Equal(10 * Math.Log(0.05) + 2 * Math.Log(10), ic.Bic, 12);
    }

    [Theory]
    [InlineData(2, 2, 0.1)]
    [InlineData(5, 2, double.NaN)]
    [InlineData(5, 2, -1)]
    public void Create_NoResidualDegreesOfFreedomOrInvalidRss_IsNull(int n, int k, double rss) =>
        Assert.Null(InformationCriteria.Create(n, k, rss, "score"));

    [Fact]
    public void PowerLaw_Criteria_UseResidualsInLogLogAccuracySpace()
    {
        double[] x = [1e19, 3e19, 1e20, 3e20, 1e21, 3e21];
        double[] y = [0.40, 0.47, 0.52, 0.60, 0.64, 0.70];
        const double qr = 0.25;
        var fit = new LogAccuracyPowerLawForm().Fit(new FitRequest(x, y) { QRandom = qr });

        // Independent: residuals of ln(-ln Q') about the fitted line.
        var rss = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var v = Math.Log(-Math.Log((y[i] - qr) / (1 - qr)));
            var r = v - (fit.Linear!.Intercept + fit.Linear.Slope * Math.Log(x[i]));
            rss += r * r;
        }

        var ic = fit.InformationCriteria!;
        Assert.Equal("ln(-ln Q')", ic.Space);
        Assert.Equal(6, ic.Count);
        Assert.Equal(2, ic.ParameterCount);
        Assert.Equal(rss, ic.ResidualSumOfSquares, 1e-12);
        Assert.Equal(6 * Math.Log(rss / 6) + 4, ic.Aic, 1e-9);
    }

    [Fact]
    public void LogLinearAndScoreSpaceSigmoid_Criteria_ShareASpaceAndAreComparable()
    {
        double[] x = [1e9, 2e9, 5e9, 1e10, 2e10, 5e10, 1e11];
        double[] y = [0.30, 0.34, 0.45, 0.55, 0.66, 0.78, 0.84];
        var request = new FitRequest(x, y) { QRandom = 0.25 };
        var linear = new LogLinearForm().Fit(request).InformationCriteria!;
        var sigmoid = new SigmoidForm().Fit(request).InformationCriteria!;
        var logitSigmoid = new SigmoidForm().Fit(request with { Space = FitSpace.Linearised }).InformationCriteria!;

        Assert.Equal("score", linear.Space);
        Assert.Equal("score", sigmoid.Space);
        Assert.Equal("logit(S')", logitSigmoid.Space);
        // An S-shaped rise is better described by the sigmoid than by a straight line in log x.
        Assert.True(sigmoid.Aic < linear.Aic, $"sigmoid {sigmoid.Aic} vs log-linear {linear.Aic}");
    }

    [Fact]
    public void CeilingForm_Criteria_CountThreeParameters()
    {
        double[] x = [1e19, 3e19, 1e20, 3e20, 1e21, 3e21, 1e22];
        double[] y = [0.40, 0.47, 0.52, 0.60, 0.64, 0.70, 0.72];
        var ic = new LogAccuracyPowerLawCeilingForm().Fit(new FitRequest(x, y) { QRandom = 0.25 }).InformationCriteria!;

        Assert.Equal(3, ic.ParameterCount);
        Assert.Equal("ln(-ln Q')", ic.Space);
        Assert.True(double.IsFinite(ic.Aic));
    }
}
