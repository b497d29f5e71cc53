using System.Globalization;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Core.Validation;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Fitting;

public class TwoStageFormTests(ITestOutputHelper output)
{
    private static readonly double[] Compute = Enumerable.Range(0, 30).Select(i => Math.Pow(10, 18 + 4.0 * i / 29)).ToArray();

    /// <summary>Noise-free data: the loss on its power law, the score on the stage-2 curve of the observed loss.</summary>
    private static FitRequest NoiseFree(TwoStageForm form, double[] truth)
    {
        var loss = Compute.Select(c => Math.Exp(truth[1] + truth[0] * Math.Log(c))).ToArray();
        var score = Compute.Select(c => form.Evaluate(truth, c)).ToArray();
        return new FitRequest(Compute, score) { X2 = loss };
    }

    [Fact]
    public void LinearTwoStage_NoiseFree_RecoversKnownParameters()
    {
        var form = new TwoStageLinearForm();
        double[] truth = [-0.05, 3.4, 1.6, -0.45];
        var fit = form.Fit(NoiseFree(form, truth));

        Assert.True(fit.Converged, fit.Message);
        for (var k = 0; k < truth.Length; k++)
        {
            Assert.Equal(1, fit.Values[k] / truth[k], 1e-6);
        }
    }

    [Fact]
    public void LogisticTwoStage_NoiseFree_RecoversKnownParameters()
    {
        var form = new TwoStageLogisticForm();
        double[] truth = [-0.05, 3.4, 0.6, 0.25, -5, 2.9];
        var fit = form.Fit(NoiseFree(form, truth));

        Assert.True(fit.Converged, fit.Message);
        for (var k = 0; k < truth.Length; k++)
        {
            Assert.True(Math.Abs(fit.Values[k] / truth[k] - 1) < 1e-6, $"{form.Parameters[k].Name}: {fit.Values[k]} vs {truth[k]}");
        }
    }

    [Fact]
    public void Evaluate_ObservedLossGiven_UsesTheStage1LossInstead()
    {
        var form = new TwoStageLinearForm();
        double[] p = [-0.05, 3.4, 1.6, -0.45];
        Assert.Equal(form.Evaluate(p, 1e20), form.Evaluate(p, 1e20, 123.0));
    }

    [SharedDataFact("apple_downstream")]
    public void Holdout_DclmLadder_ErrorsCompareWithTable4()
    {
        var path = SharedData.PathOf("apple_downstream/dclm_tpr20_wide.csv");

        (string Column, double QRandom)[] benchmarks =
        [
            ("arc_easy|acc_norm", 0.2918), ("arc_challenge|acc_norm", 0.2150), ("sciq|acc_norm", 0.3039), ("piqa|acc_norm", 0.5286),
            ("hellaswag|acc_norm", 0.2518), ("winogrande|acc", 0.5), ("webqs_1shot|exact_match", 0), ("triviaqa_1shot|exact_match", 0),
            ("lambada_openai|acc", 0), ("gsm8k_cot_llama|exact_match", 0), ("humaneval-py|pass@1", 0), ("lbpp|pass@1", 0),
        ];
        var data = SharedData.ReadNumericColumns(path, ["flops_6ND", "dclm|loss", .. benchmarks.Select(b => b.Column)]);
        var split = HoldoutSplit.ByThreshold(6e21);
        IFitForm[] forms = [new LogAccuracyPowerLawForm(), new TwoStageLinearForm(), new TwoStageLogisticForm()];
        var means = new List<double>();
        foreach (var form in forms)
        {
            var maes = new List<double>();
            foreach (var (column, qr) in benchmarks)
            {
                var request = new FitRequest(data["flops_6ND"], data[column]) { X2 = data["dclm|loss"], QRandom = qr };
                var eval = HoldoutEvaluation.Evaluate(form, request, split);
                Assert.True(eval.Fit.Converged, $"{form.Id} {column}: {eval.Fit.Message}");
                maes.Add(eval.Validation.Mae);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{form.Id,-24} mean validation MAE {maes.Average():F4}"));
            Assert.InRange(maes.Average(), 0.001, 0.1);
            means.Add(maes.Average());
        }

        output.WriteLine("Table 4 (means over benchmarks): PowerLaw 0.015, TwoStage-Linear 0.044, TwoStage-Logistic 0.047");
        // The seed's finding holds: both two-stage pipelines extrapolate worse than the direct power law. Ours are
        // worse than Table 4's (about 0.08 and 0.06 with dclm|loss; c4 and fineweb losses give the same) because a
        // pure power law for the loss (no irreducible term) extrapolates the loss too low; the seed does not give
        // its stage-1 form, so the numbers are reported rather than matched.
        Assert.True(means[1] > means[0] && means[2] > means[0], string.Join(", ", means));
    }
}
