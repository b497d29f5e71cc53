using System.Globalization;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Core.Validation;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Fitting;

/// <summary>
/// Reproduces seed 003's Table 3 (Power Law column) and Table 11 from the released DCLM tpr=20 runs
/// (shared/data/apple_downstream, see its SOURCE.md: 54 runs, C = 6·N·D with N from the C4 file or D/20).
/// </summary>
public class AppleDownstreamPowerLawTests(ITestOutputHelper output)
{
    private const string DataFile = "apple_downstream/dclm_tpr20_wide.csv";
    private const string XColumn = "flops_6ND";

    /// <summary>
    /// Per benchmark: column, Qrandom (Table 11), Table 3 Power Law MAE, Table 11 "A" (= e^slope), Table 11 "alpha"
    /// (= intercept), and our expected values from an independent pure-Python OLS of the same file
    /// (holdout MAE, alpha on C &lt;= 6e21, alpha on all 54 runs).
    /// </summary>
    private static readonly (string Column, double QRandom, double PaperMae, double PaperExpSlope, double PaperIntercept,
        double ExpectedMae, double ExpectedAlphaTrainRange, double ExpectedAlphaAllRuns)[] Benchmarks =
    [
        ("arc_easy|acc_norm", 0.2918, 0.0186, 0.8320, 8.4951, 0.013076, 0.184110, 0.191515),
        ("arc_challenge|acc_norm", 0.2150, 0.0068, 0.8300, 9.4817, 0.007007, 0.187052, 0.189222),
        ("sciq|acc_norm", 0.3039, 0.0051, 0.7666, 11.1358, 0.007533, 0.266092, 0.261031),
        ("piqa|acc_norm", 0.5286, 0.0151, 0.8572, 7.1306, 0.013437, 0.154295, 0.146043),
        ("hellaswag|acc_norm", 0.2518, 0.0298, 0.7504, 13.3945, 0.029026, 0.287786, 0.267439),
        ("winogrande|acc", 0.5, 0.0119, 0.7980, 11.2576, 0.013209, 0.226907, 0.209799),
        ("webqs_1shot|exact_match", 0, 0.0166, 0.8788, 6.9858, 0.016016, 0.129701, 0.120166),
        ("triviaqa_1shot|exact_match", 0, 0.0259, 0.8133, 10.4041, 0.024960, 0.207336, 0.195671),
        ("lambada_openai|acc", 0, 0.0258, 0.8335, 7.9932, 0.023694, 0.182362, 0.173381),
        ("gsm8k_cot_llama|exact_match", 0, 0.0559, 0.6889, 18.6285, 0.053886, 0.375160, 0.417330),
        ("humaneval-py|pass@1", 0, 0.0171, 0.8393, 8.9600, 0.018086, 0.175747, 0.168537),
        ("lbpp|pass@1", 0, 0.0154, 0.8709, 7.8901, 0.006803, 0.157983, 0.148006),
    ];

    private static readonly LogAccuracyPowerLawForm Form = new();

    [SharedDataFact("apple_downstream")]
    public void PowerLaw_HoldoutMae_ReproducesTable3PowerLawColumn()
    {
        var data = Load();

        var split = HoldoutSplit.ByThreshold(6e21, trainMin: 3e18);
        var sumOurs = 0.0;
        var sumPaper = 0.0;
        output.WriteLine("benchmark                      n_fit n_val  MAE ours  MAE paper  MRE ours");
        foreach (var b in Benchmarks)
        {
            var eval = HoldoutEvaluation.Evaluate(Form, new FitRequest(data[XColumn], data[b.Column]) { QRandom = b.QRandom }, split);
            Assert.True(eval.Fit.Converged, eval.Fit.Message);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{b.Column,-30} {eval.Train.Count,5} {eval.Validation.Count,5}  {eval.Validation.Mae,8:F4}  {b.PaperMae,9:F4}  {eval.Validation.Mre * 100,6:F2}%"));
            // Same arithmetic as the independent Python check, which printed 6 decimals: 1e-6 covers that rounding.
            Assert.Equal(b.ExpectedMae, eval.Validation.Mae, 1e-6);
            Assert.Equal(8, eval.Validation.Count); // the 8 runs above 6e21 FLOPs
            sumOurs += eval.Validation.Mae;
            sumPaper += b.PaperMae;
        }

        var averageOurs = sumOurs / Benchmarks.Length;
        var averagePaper = sumPaper / Benchmarks.Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"average",-42}  {averageOurs,8:F4}  {averagePaper,9:F4}"));
        // The issue's bar: an exact OLS lands within 0.003 of Table 3's average (0.0203). The paper's runs are not
        // identical to this extract (its FLOPs for the 8 largest runs use N = D/20 here), hence not closer.
        Assert.Equal(0.0203, averagePaper, 1e-4);
        Assert.Equal(averagePaper, averageOurs, 0.003);
    }

    [SharedDataFact("apple_downstream")]
    public void PowerLaw_Slopes_ReproduceTable11ReadAsExpSlopeAndIntercept()
    {
        var data = Load();

        output.WriteLine("benchmark                      alpha(C<=6e21) alpha(all)  alpha paper  ratio(C<=6e21) ratio(all)  intercept ours/paper");
        foreach (var b in Benchmarks)
        {
            var request = new FitRequest(data[XColumn], data[b.Column]) { QRandom = b.QRandom };
            var all = Form.Fit(request);
            var trainRange = HoldoutEvaluation.Evaluate(Form, request, HoldoutSplit.ByThreshold(6e21)).Fit;
            var paperAlpha = -Math.Log(b.PaperExpSlope);
            var alphaTrain = trainRange.Parameter("alpha").Value;
            var alphaAll = all.Parameter("alpha").Value;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{b.Column,-30} {alphaTrain,14:F4} {alphaAll,10:F4}  {paperAlpha,11:F4}  {alphaTrain / paperAlpha,14:F4} {alphaAll / paperAlpha,10:F4}  {trainRange.Linear!.Intercept:F4}/{b.PaperIntercept:F4}"));

            // Regression guard against the independent Python OLS (6 printed decimals).
            Assert.Equal(b.ExpectedAlphaTrainRange, alphaTrain, 1e-6);
            Assert.Equal(b.ExpectedAlphaAllRuns, alphaAll, 1e-6);

            // Table 11 says "all datapoints", but it is reproduced by the runs with C <= 6e21 (no lower cut):
            // 11 of 12 benchmarks agree within 0.7% there, while fitting all 54 runs moves alpha by 2-12%
            // (GSM8K +12%, HellaSwag/Winogrande/WebQS -7%), i.e. the table was fitted on the extrapolation train set.
            // Tolerance 1%: Table 11's 4-digit e^slope fixes alpha to ~0.03%; the rest is the paper's slightly
            // different FLOPs for some runs (SOURCE.md: N inferred for 2 runs, D/20 for the 8 largest).
            // Exception, LBPP: only 5 runs clear Qrandom + 0.05 below 6e21, all within a factor of 2 in C, so its
            // slope is 14% above the paper's with this column; with C = 0.3·D² it is 0.6% off (next test).
            if (b.Column != "lbpp|pass@1")
            {
                Assert.Equal(1, alphaTrain / paperAlpha, 0.01);
                // Intercept (Table 11's "alpha" column): ln C ≈ 48 amplifies a 0.7% slope difference into ~0.12.
                Assert.Equal(b.PaperIntercept, trainRange.Linear.Intercept, 0.15);
            }
        }
    }

    /// <summary>
    /// Alpha on runs with C &lt;= 6e21 when C is taken as 0.3·D² (N = D/20, the extract's <c>flops_0.3D2</c>), from the
    /// same independent pure-Python OLS (6 printed decimals), in <see cref="Benchmarks"/> order.
    /// </summary>
    private static readonly double[] ExpectedAlphaTrainRangeDSquared =
        [0.184767, 0.188432, 0.267102, 0.154894, 0.288644, 0.227578, 0.129852, 0.208207, 0.183020, 0.377937, 0.176690, 0.137409];

    [SharedDataFact("apple_downstream")]
    public void PowerLaw_ComputeTakenAs0Point3DSquared_ReproducesAllTwelveTable11Slopes()
    {
        var data = Load("flops_0.3D2");

        output.WriteLine("benchmark                      n   alpha(C<=6e21, C=0.3D^2)  alpha paper  ratio  intercept ours/paper");
        var worst = 0.0;
        for (var k = 0; k < Benchmarks.Length; k++)
        {
            var b = Benchmarks[k];
            var request = new FitRequest(data["flops_0.3D2"], data[b.Column]) { QRandom = b.QRandom };
            var fit = HoldoutEvaluation.Evaluate(Form, request, HoldoutSplit.ByThreshold(6e21)).Fit;
            var alpha = fit.Parameter("alpha").Value;
            var paperAlpha = -Math.Log(b.PaperExpSlope);
            worst = Math.Max(worst, Math.Abs(alpha / paperAlpha - 1));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{b.Column,-30} {fit.Linear!.Count,2} {alpha,24:F4}  {paperAlpha,11:F4}  {alpha / paperAlpha,5:F3}  {fit.Linear.Intercept:F3}/{b.PaperIntercept:F3}"));

            Assert.Equal(ExpectedAlphaTrainRangeDSquared[k], alpha, 1e-6);
            // Every benchmark, LBPP included, within 1.5% of Table 11 (GSM8K, 18 runs, is the furthest at 1.4%).
            // LBPP is only 5 runs between 2.6e21 and 5.6e21, so its slope swings with a few percent of x: with the
            // 6·N·D column (N inferred for its two largest runs) it is 14% off, with N = D/20 it is 0.6% off.
            Assert.Equal(1, alpha / paperAlpha, 0.015);
            // Intercept: ln C ≈ 48 turns a 1.5% slope difference into ~0.27.
            Assert.Equal(b.PaperIntercept, fit.Linear.Intercept, 0.3);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"largest |ratio - 1|: {worst:P2}"));
    }

    private static Dictionary<string, double[]> Load(string xColumn = XColumn) =>
        SharedData.ReadNumericColumns(SharedData.PathOf(DataFile), [xColumn, .. Benchmarks.Select(b => b.Column)]);
}
