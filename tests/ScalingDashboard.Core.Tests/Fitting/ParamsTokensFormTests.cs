using System.Globalization;
using ScalingDashboard.Core.Examples;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Fitting;

public class ParamsTokensFormTests(ITestOutputHelper output)
{
    public static TheoryData<string> Benchmarks()
    {
        var data = new TheoryData<string>();
        foreach (var b in Table12Coefficients.All)
        {
            data.Add(b.Column);
        }

        return data;
    }

    /// <summary>The 150 runs' N and D with the generator's noise-free accuracies for one Table 12 row.</summary>
    private static FitRequest NoiseFree(BenchmarkCoefficients b)
    {
        var rows = SyntheticComputeLadder.GenerateNoiseFree();
        var index = Table12Coefficients.All.ToList().IndexOf(b);
        return new FitRequest(rows.Select(r => r.Run.Parameters).ToArray(), rows.Select(r => r.Accuracies[index]).ToArray())
        {
            X2 = rows.Select(r => r.Run.Tokens).ToArray(),
            QRandom = b.QRandom,
            Margin = 0,
        };
    }

    [Theory]
    [MemberData(nameof(Benchmarks))]
    public void Fit_NoiseFreeLadder_RecoversTable12(string column)
    {
        var b = Table12Coefficients.All.Single(c => c.Column == column);
        var fit = new ParamsTokensForm().Fit(NoiseFree(b));

        Assert.True(fit.Converged, fit.Message);
        var a = fit.Parameter("A").Value;
        var alpha = fit.Parameter("alpha").Value;
        var bb = fit.Parameter("B").Value;
        var beta = fit.Parameter("beta").Value;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{b.Benchmark}: A {a:G8} ({b.A}), alpha {alpha:G6} ({b.Alpha}), B {bb:G8} ({b.B}), beta {beta:G6} ({b.Beta}); {fit.Message}"));
        // The brief asks ~1e-3 (Table 12 to 4 decimals); the issue asks 1e-6 of every form on noise-free data: hold 1e-6.
        Assert.Equal(1, a / b.A, 1e-6);
        Assert.Equal(1, alpha / b.Alpha, 1e-6);
        Assert.Equal(1, bb / b.B, 1e-6);
        Assert.Equal(1, beta / b.Beta, 1e-6);
        Assert.True(fit.Train.Mae < 1e-6, $"MAE {fit.Train.Mae}");
    }

    [Fact]
    public void CeilingVariant_KnownCeiling_IsRecovered()
    {
        var b = Table12Coefficients.All[0];
        var rows = SyntheticComputeLadder.GenerateNoiseFree();
        const double e = 0.05;
        var n = rows.Select(r => r.Run.Parameters).ToArray();
        var d = rows.Select(r => r.Run.Tokens).ToArray();
        double[] truth = [b.A, b.Alpha, b.B, b.Beta, e, b.QRandom];
        var form = new ParamsTokensCeilingForm();
        var y = n.Select((ni, i) => form.Evaluate(truth, ni, d[i])).ToArray();
        var fit = form.Fit(new FitRequest(n, y) { X2 = d, QRandom = b.QRandom, Margin = 0 });

        Assert.True(fit.Converged, fit.Message);
        for (var k = 0; k < 5; k++)
        {
            Assert.Equal(1, fit.Values[k] / truth[k], 1e-6);
        }
    }

    [Fact]
    public void Fit_WithoutSecondInput_FailsWithReason()
    {
        var fit = new ParamsTokensForm().Fit(new FitRequest([1e9, 2e9, 3e9, 4e9, 5e9, 6e9], [0.5, 0.55, 0.6, 0.62, 0.64, 0.66]) { QRandom = 0.25 });

        Assert.False(fit.Converged);
        Assert.Contains("second input", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OneInputOrTwo_IsNaNOrMatchesTheGenerator()
    {
        var b = Table12Coefficients.All[1];
        var run = ComputeLadderRuns.All[10];
        double[] p = [b.A, b.Alpha, b.B, b.Beta, b.QRandom];
        var form = new ParamsTokensForm();

        Assert.True(double.IsNaN(form.Evaluate(p, run.Parameters)));
        Assert.Equal(SyntheticComputeLadder.ExpectedAccuracy(run, b), form.EvaluateAt(p, run.Parameters, run.Tokens), 12);
    }

    [Fact]
    public void HoldoutAndBootstrap_TwoInputForm_CarryTheSecondInput()
    {
        var b = Table12Coefficients.All[0];
        var request = NoiseFree(b);
        var form = new ParamsTokensForm();

        // Seed 003 section 3.3's split in spirit: hold out the largest models.
        var eval = ScalingDashboard.Core.Validation.HoldoutEvaluation.Evaluate(form, request,
            ScalingDashboard.Core.Validation.HoldoutSplit.ByThreshold(1e10));
        Assert.True(eval.Validation.Count > 0);
        Assert.True(eval.Validation.Mae < 1e-6, $"MAE {eval.Validation.Mae}");

        var boot = ScalingDashboard.Core.Validation.Bootstrap.Run(form, request,
            new ScalingDashboard.Core.Validation.BootstrapOptions(20, 1, [request.X[0]], [request.X2![0]]));
        Assert.Equal(20, boot.Converged);
        Assert.Equal(request.Y[0], boot.Band[0].Predicted, 9);
        Assert.InRange(boot.Band[0].Predicted, boot.Band[0].Lower - 1e-9, boot.Band[0].Upper + 1e-9);
    }
}
