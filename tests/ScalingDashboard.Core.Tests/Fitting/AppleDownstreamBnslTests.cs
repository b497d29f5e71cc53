using System.Globalization;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Core.Validation;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Fitting;

/// <summary>Eq 1 (BNSL) against seed 003's Table 10 (all-run coefficients) and Table 3 (BNSL holdout MAE) on the DCLM runs.</summary>
public class AppleDownstreamBnslTests(ITestOutputHelper output)
{
    private const string DataFile = "apple_downstream/dclm_tpr20_wide.csv";
    private const string XColumn = "flops_6ND";

    /// <summary>Column, Qrandom (filter), Table 10 (a, b, c0, c1, d1, f1), Table 3 BNSL MAE.</summary>
    private static readonly (string Column, double QRandom, double[] Table10, double PaperMae)[] Benchmarks =
    [
        ("arc_easy|acc_norm", 0.2918, [0.8538, -0.0602, -0.0600, 1.8536, 9.9284e+23, 4.6051], 0.0555),
        ("arc_challenge|acc_norm", 0.2150, [0.5893, -0.5303, 0.0081, 4.4732, 6.0827e+23, 2.1720], 0.0155),
        ("sciq|acc_norm", 0.3039, [0.9529, -1.9482, 0.0321, 2.5706, 2.6232e+23, 3.6247], 0.0045),
        ("piqa|acc_norm", 0.5286, [0.8395, -2.6444, 0.0516, 1.3468, 5.3039e+23, 3.9068], 0.0087),
        ("hellaswag|acc_norm", 0.2518, [0.8345, -0.0000, -0.3223, 2.5585, 5.9625e+23, 6.7484], 0.0173),
        ("winogrande|acc", 0.5, [0.7929, -0.0002, -0.1871, 2.0815, 6.0827e+23, 4.8339], 0.0363),
        ("webqs_1shot|exact_match", 0, [0.3313, -0.1212, -0.0290, 1.0261, 5.9625e+23, 4.2342], 0.0033),
        ("triviaqa_1shot|exact_match", 0, [0.5112, -0.1595, -0.0299, 2.3873, 5.3039e+23, 3.0171], 0.0424),
        ("lambada_openai|acc", 0, [0.7787, -1.6112, 0.0153, 1.5842, 2.6232e+23, 4.4197], 0.0043),
        ("gsm8k_cot_llama|exact_match", 0, [1.5170, -0.2524, -0.0451, 0.8311, 5.9625e+23, 3.6804], 0.0807),
        ("humaneval-py|pass@1", 0, [0.5652, -1.0906, 0.0133, 1.0865, 5.3039e+23, 3.1396], 0.0293),
        ("lbpp|pass@1", 0.02, [-1.5884, 0.4172, 0.0226, -2.1642, 4.6091e+22, 1.8686], 0.0066),
    ];

    private static readonly BnslForm Form = new();

    [SharedDataFact("apple_downstream")]
    public void Bnsl_AllRunFits_MatchOrBeatTable10OnItsOwnLoss()
    {
        var data = Load();

        output.WriteLine("benchmark                      n   MAE ours  MAE T10   d1 ours     d1 T10      inside");
        foreach (var b in Benchmarks)
        {
            var request = new FitRequest(data[XColumn], data[b.Column]) { QRandom = b.QRandom };
            var fit = Form.Fit(request);
            Assert.True(fit.Converged, fit.Message);
            var used = fit.Points.Where(p => p.UsedInFit).ToArray();
            var maeTable = used.Average(p => Math.Abs(Form.Evaluate(b.Table10, p.X) - p.Y));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{b.Column,-30} {used.Length,2}  {fit.Train.Mae,8:F4}  {maeTable,7:F4}  {fit.Parameter("d1").Value,10:G3}  {b.Table10[4],10:G3}  {BnslForm.BreakInsideData(fit)}"));
            // Table 10 printed to 4 decimals (b = -0.0000 for HellaSwag), so its curve is only roughly the paper's;
            // ours minimises the same loss and must not be worse than that rounded curve by more than noise.
            Assert.True(fit.Train.Mae <= maeTable + 0.002, $"{b.Column}: ours {fit.Train.Mae}, Table 10 {maeTable}");
        }
    }

    [SharedDataFact("apple_downstream")]
    public void Bnsl_HoldoutMae_ComparesWithTable3BnslColumn()
    {
        var data = Load();

        var split = HoldoutSplit.ByThreshold(6e21, trainMin: 3e18);
        double sumOurs = 0, sumPaper = 0;
        var ours = new List<double>();
        output.WriteLine("benchmark                      n_fit  MAE ours  MAE paper  break inside");
        foreach (var b in Benchmarks)
        {
            var eval = HoldoutEvaluation.Evaluate(Form, new FitRequest(data[XColumn], data[b.Column]) { QRandom = b.QRandom }, split);
            Assert.True(eval.Fit.Converged, eval.Fit.Message);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{b.Column,-30} {eval.Train.Count,5}  {eval.Validation.Mae,8:F4}  {b.PaperMae,9:F4}  {BnslForm.BreakInsideData(eval.Fit)}"));
            sumOurs += eval.Validation.Mae;
            ours.Add(eval.Validation.Mae);
            sumPaper += b.PaperMae;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"average {sumOurs / Benchmarks.Length:F4} vs paper {sumPaper / Benchmarks.Length:F4}"));
        Assert.Equal(0.0254, sumPaper / Benchmarks.Length, 1e-4);
        // BNSL's six parameters extrapolate erratically (the seed's own point, Appendix C): one benchmark whose train
        // fit puts the break far beyond the data (GSM8K here, d1 = 2.8e26 with b and c1 on their bounds, 0.27 against
        // the paper's 0.081) dominates a mean of 12 (ours 0.0345 against 0.0254). That is not a weak search: scipy's
        // basin hopping on the same loss ends at the same GSM8K curve (MAE 0.270, mean 0.0363;
        // BnslBasinHoppingParityTests). The typical benchmark is the fair comparison: our median (0.0099) is no
        // worse than the paper's (0.0164), as a fit reaching lower Huber loss than Table 10 should be.
        var paperMedian = Median(Benchmarks.Select(b => b.PaperMae));
        var ourMedian = Median(ours);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {ourMedian:F4} vs paper {paperMedian:F4}"));
        Assert.True(ourMedian <= paperMedian + 0.005, $"median {ourMedian} vs paper {paperMedian}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2;
    }

    private static Dictionary<string, double[]> Load() =>
        SharedData.ReadNumericColumns(SharedData.PathOf(DataFile), [XColumn, .. Benchmarks.Select(b => b.Column)]);
}
