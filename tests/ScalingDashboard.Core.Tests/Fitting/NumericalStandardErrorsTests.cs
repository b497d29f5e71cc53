using ScalingDashboard.Core.Examples;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Tests.Fitting;

public class NumericalStandardErrorsTests
{
    private static FitRequest NoisyLadder(int column, bool withTokens)
    {
        var rows = SyntheticComputeLadder.Generate();
        var b = Table12Coefficients.All[column];
        return new FitRequest(
            rows.Select(r => withTokens ? r.Run.Parameters : r.Run.Flops).ToArray(),
            rows.Select(r => r.Accuracies[column]).ToArray())
        {
            X2 = withTokens ? rows.Select(r => r.Run.Tokens).ToArray() : null,
            QRandom = b.QRandom,
        };
    }

    [Fact]
    public void StandardErrors_PowerLaw_MatchClosedFormOlsErrors()
    {
        var form = new LogAccuracyPowerLawForm();
        var ols = form.Fit(NoisyLadder(0, withTokens: false));
        // Strip the closed-form errors, then let the numerical route estimate them again.
        var stripped = ols with { Parameters = ols.Parameters.Select(p => p with { StandardError = null }).ToArray() };
        var numerical = NumericalStandardErrors.Attach(form, NoisyLadder(0, withTokens: false), stripped);

        foreach (var name in (string[])["A", "alpha"])
        {
            Assert.Equal(1, numerical.Parameter(name).StandardError!.Value / ols.Parameter(name).StandardError!.Value, 1e-5);
        }

        Assert.Null(numerical.Parameter(LogAccuracyPowerLawForm.QRandomName).StandardError);
    }

    [Fact]
    public void StandardErrors_HuberFit_CoverTheGenerator()
    {
        var fit = new ParamsTokensForm().Fit(NoisyLadder(0, withTokens: true));
        var b = Table12Coefficients.All[0];

        Assert.True(fit.Converged, fit.Message);
        // The noisy ladder was drawn from Table 12's ARC-E row: the truth lies within 3 standard errors.
        Assert.InRange(b.Alpha, fit.Parameter("alpha").Value - 3 * fit.Parameter("alpha").StandardError!.Value,
            fit.Parameter("alpha").Value + 3 * fit.Parameter("alpha").StandardError!.Value);
        Assert.InRange(b.Beta, fit.Parameter("beta").Value - 3 * fit.Parameter("beta").StandardError!.Value,
            fit.Parameter("beta").Value + 3 * fit.Parameter("beta").StandardError!.Value);
        Assert.NotNull(fit.Parameter("A").StandardError);
    }
}
