using System.Globalization;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Data.Derived;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Core.Validation;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Fitting;

public class PassAtKFormTests(ITestOutputHelper output)
{
    private static readonly PassAtKForm Form = new();

    [Fact]
    public void Fit_NoiseFree_RecoversKnownCoefficients()
    {
        double[] truth = [Math.Exp(8.9), -0.17, 1.2, -0.028];
        var c = new List<double>();
        var k = new List<double>();
        foreach (var flops in (double[])[1e19, 3e19, 1e20, 3e20, 1e21, 5e21])
        {
            foreach (var samples in (double[])[1, 2, 4, 8, 16])
            {
                c.Add(flops);
                k.Add(samples);
            }
        }

        var y = c.Select((ci, i) => Form.Evaluate(truth, ci, k[i])).ToArray();
        var fit = Form.Fit(new FitRequest(c, y) { X2 = k, Margin = 0 });

        Assert.True(fit.Converged, fit.Message);
        for (var j = 0; j < truth.Length; j++)
        {
            Assert.Equal(1, fit.Values[j] / truth[j], 1e-6);
        }
    }

    [Fact]
    public void Fit_WithoutK_FailsWithReason() =>
        Assert.Contains("second input", Form.Fit(new FitRequest([1e20, 1e21], [0.1, 0.2])).Message, StringComparison.Ordinal);

    [SharedDataTheory("apple_downstream")]
    [InlineData("humaneval-py|pass@", 0.8413, 1.2399, -0.0287, 8.8371)]
    [InlineData("lbpp|pass@", 0.8658, 0.4738, -0.0114, 8.1588)]
    public void WideDclmColumns_Stacked_FitNearTable13(string prefix, double expAlpha, double beta, double delta, double lnA)
    {
        var path = SharedData.PathOf("apple_downstream/dclm_tpr20_wide.csv");

        var leaderboard = LeaderboardReader.Read(File.ReadAllText(path)).Leaderboard!;
        Assert.Equal(8, PassAtKLayout.FindColumns(leaderboard, prefix).Count);
        var request = PassAtKLayout.Stack(leaderboard, leaderboard.FindColumn("flops_6ND")!, prefix);
        Assert.Equal(8 * leaderboard.RowCount, request.X.Count);

        var all = Form.Fit(request);
        var trainRange = HoldoutEvaluation.Evaluate(Form, request, HoldoutSplit.ByThreshold(6e21)).Fit;
        foreach (var (name, fit) in (ReadOnlySpan<(string, FitResult)>)[("all runs", all), ("C <= 6e21", trainRange)])
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{prefix} {name}: e^alpha {Math.Exp(fit.Values[1]):F4} ({expAlpha}), beta {fit.Values[2]:F4} ({beta}), delta {fit.Values[3]:F4} ({delta}), ln A {Math.Log(fit.Values[0]):F4} ({lnA}); n {fit.Train.Count}, MAE {fit.Train.Mae:F4}"));
        }

        // The seed's split (section 3.4): fit on C < 6e21 and k <= 32, validate on the rest.
        var k = request.X2!;
        var split = HoldoutSplit.ByPredicate(i => request.X[i] > 6e21 || k[i] > 32, description: "C > 6e21 or k > 32");
        var eval = HoldoutEvaluation.Evaluate(Form, request, split);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"holdout: train MAE {eval.Train.Mae:F4} MRE {eval.Train.Mre:P2}, valid MAE {eval.Validation.Mae:F4} MRE {eval.Validation.Mre:P2} (Table 2, HumanEval: 0.0111, 6.30%, 0.0284, 7.94%)"));

        Assert.True(all.Converged && trainRange.Converged && eval.Fit.Converged);
        // Table 13 is reproduced by the all-run fit (as Appendix H says), read with its shifted columns:
        // e^alpha and ln A to their printed precision, beta and delta within 4% (they trade off against each other
        // through ln C ln k, and the extract's FLOPs for the 8 largest runs differ slightly from the paper's).
        Assert.Equal(expAlpha, Math.Exp(all.Values[1]), 0.001);
        Assert.Equal(lnA, Math.Log(all.Values[0]), 0.05);
        Assert.Equal(1, all.Values[2] / beta, 0.04);
        Assert.Equal(1, all.Values[3] / delta, 0.04);
        if (prefix.StartsWith("humaneval", StringComparison.Ordinal))
        {
            // Table 2's train MAE for HumanEval (0.0111); its validation MAE (0.0284) we beat (0.0235).
            Assert.Equal(0.0111, eval.Train.Mae, 0.001);
            Assert.True(eval.Validation.Mae < 0.0284 + 0.002);
        }
    }
}
