using System.Globalization;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Tests.Fitting;

public class CeilingFormTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly LogAccuracyPowerLawCeilingForm Form = new();

    [Fact]
    public void Ceiling_WithoutCeiling_ESitsOnLowerBoundAndMatchesEq2()
    {
        double[] truth = [Math.Exp(8.4951), 0.184, 0.2918];
        var x = Enumerable.Range(0, 30).Select(i => 1e18 * Math.Pow(1.4, i)).ToArray();
        var y = x.Select(c => new LogAccuracyPowerLawForm().Evaluate(truth, c)).ToArray();

        var fit = Form.Fit(new FitRequest(x, y) { QRandom = 0.2918, Margin = 0 });

        Assert.True(fit.Converged, fit.Message);
        Assert.Contains("E", fit.ParametersAtBound);
        // E = e^-20 is the bound; alpha then equals Eq 2's up to the tiny E's effect (< 1e-6 relative).
        Assert.Equal(1, fit.Parameter("alpha").Value / 0.184, 1e-5);
    }

    [SharedDataFact("apple_downstream")]
    public void Ceiling_AppleLadder_ComparesWithTable15()
    {
        var path = SharedData.PathOf("apple_downstream/dclm_tpr20_wide.csv");

        (string Column, double QRandom, double PaperQmax, double PaperMae)[] cases =
        [
            ("piqa|acc_norm", 0.5286, 0.903, 0.0024), ("hellaswag|acc_norm", 0.2518, 0.912, 0.0079),
            ("lambada_openai|acc", 0, 0.947, 0.0170), ("arc_easy|acc_norm", 0.2918, 1.000, 0.0143),
        ];
        var data = SharedData.ReadNumericColumns(path, ["flops_6ND", .. cases.Select(c => c.Column)]);
        // ARC-E keeps Qmax = 1, as in Table 15.
        var arcE = Form.Fit(new FitRequest(data["flops_6ND"], data["arc_easy|acc_norm"]) { QRandom = 0.2918 });
        Assert.Contains("E", arcE.ParametersAtBound);
        foreach (var c in cases)
        {
            var eval = HoldoutEvaluation.Evaluate(Form, new FitRequest(data["flops_6ND"], data[c.Column]) { QRandom = c.QRandom },
                HoldoutSplit.ByThreshold(6e21));
            var qmax = Math.Exp(-eval.Fit.Parameter("E").Value);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{c.Column,-20} Qmax ours {qmax:F3} paper {c.PaperQmax:F3}   valid MAE ours {eval.Validation.Mae:F4} paper {c.PaperMae:F4}"));
            Assert.True(eval.Fit.Converged, eval.Fit.Message);
            // The seed does not say in which space its Huber residuals live (we use ln(-ln Q'), see the form), and
            // Qmax is weakly identified from runs that stop at 6e21 (PIQA: 0.794 here vs 0.903), so Qmax is reported,
            // not asserted; the extrapolation error it serves is asserted: within 0.005 of Table 15 (observed <= 0.0036).
            Assert.Equal(c.PaperMae, eval.Validation.Mae, 0.005);
        }
    }
}
