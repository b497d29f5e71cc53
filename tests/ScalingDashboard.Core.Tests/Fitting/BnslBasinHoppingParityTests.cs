using System.Globalization;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Tests.TestSupport;
using ScalingDashboard.Core.Validation;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Fitting;

/// <summary>
/// Issue 12 item 5: BnslForm's search must be at least as thorough as the seed's basin hopping. The reference is
/// scipy's basinhopping (100 hops of L-BFGS-B, seed 20231) on the same Huber objective, points and boxes, computed once
/// by Fixtures/bnsl_basinhopping/make_fixture.py into reference.csv beside it.
/// </summary>
public class BnslBasinHoppingParityTests(ITestOutputHelper output)
{
    private const string DataFile = "apple_downstream/dclm_tpr20_wide.csv";
    private const string XColumn = "flops_6ND";

    /// <summary>Table 3's BNSL MAE column, by benchmark (average 0.0254).</summary>
    private static readonly Dictionary<string, double> PaperMae = new(StringComparer.Ordinal)
    {
        ["arc_easy|acc_norm"] = 0.0555,
        ["arc_challenge|acc_norm"] = 0.0155,
        ["sciq|acc_norm"] = 0.0045,
        ["piqa|acc_norm"] = 0.0087,
        ["hellaswag|acc_norm"] = 0.0173,
        ["winogrande|acc"] = 0.0363,
        ["webqs_1shot|exact_match"] = 0.0033,
        ["triviaqa_1shot|exact_match"] = 0.0424,
        ["lambada_openai|acc"] = 0.0043,
        ["gsm8k_cot_llama|exact_match"] = 0.0807,
        ["humaneval-py|pass@1"] = 0.0293,
        ["lbpp|pass@1"] = 0.0066,
    };

    private static readonly BnslForm Form = new();

    [SharedDataFact("apple_downstream")]
    public void Bnsl_Table3TrainFits_ReachNoHigherLossThanBasinHopping()
    {
        var reference = ReadReference();
        Assert.Equal(12, reference.Count);
        var data = SharedData.ReadNumericColumns(SharedData.PathOf(DataFile), [XColumn, .. reference.Select(r => r.Column)]);
        var split = HoldoutSplit.ByThreshold(6e21, trainMin: 3e18);

        double sumOurs = 0, sumReference = 0, sumPaper = 0;
        var worse = new List<string>();
        output.WriteLine("benchmark                      n   loss ours         loss basinhop     MAE ours  MAE bh   MAE paper  d1 ours    inside");
        foreach (var r in reference)
        {
            var eval = HoldoutEvaluation.Evaluate(Form, new FitRequest(data[XColumn], data[r.Column]) { QRandom = r.QRandom }, split);
            Assert.True(eval.Fit.Converged, eval.Fit.Message);
            var used = eval.Fit.Points.Where(p => p.UsedInFit).ToArray();
            Assert.Equal(r.Count, used.Length);
            var ours = HuberSum(eval.Fit.Values, used);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Column,-30} {used.Length,2}  {ours,-16:E10}  {r.Objective,-16:E10}  {eval.Validation.Mae,8:F4}  {r.HoldoutMae,6:F4}  {PaperMae[r.Column],9:F4}  {eval.Fit.Parameter("d1").Value,9:G3}  {BnslForm.BreakInsideData(eval.Fit)}"));
            // Relative 1e-6 as the issue allows, plus 1e-15 absolute: both sums add 11-40 Huber terms of up to ~1e-5
            // each in a different order and (ours) through the reported b = B e^(c0 ū), d1 = e^(ū + δ), a few ulps of
            // a 1e-4 sum; the absolute hair only matters for a sum near zero, which none of these is.
            if (ours > r.Objective * (1 + 1e-6) + 1e-15)
            {
                worse.Add(string.Create(CultureInfo.InvariantCulture, $"{r.Column}: ours {ours:E10} > basin hopping {r.Objective:E10}"));
            }

            sumOurs += eval.Validation.Mae;
            sumReference += r.HoldoutMae;
            sumPaper += PaperMae[r.Column];
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"average MAE ours {sumOurs / reference.Count:F4}, basin hopping {sumReference / reference.Count:F4}, paper {sumPaper / reference.Count:F4}"));
        Assert.Empty(worse);
        Assert.Equal(0.0254, sumPaper / reference.Count, 1e-4);
    }

    /// <summary>The Huber (delta 1e-3) sum over the fitted points: the objective both searches minimise.</summary>
    private static double HuberSum(IReadOnlyList<double> values, IEnumerable<FitPoint> used)
    {
        const double delta = 1e-3;
        var sum = 0.0;
        foreach (var p in used)
        {
            var r = Math.Abs(Form.Evaluate(values, p.X) - p.Y);
            sum += r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
        }

        return sum;
    }

    private static List<(string Column, double QRandom, int Count, double Objective, double HoldoutMae)> ReadReference()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bnsl_basinhopping", "reference.csv");
        var lines = File.ReadAllLines(path).Where(l => !l.StartsWith('#')).ToArray();
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        double Num(string[] f, string name) => double.Parse(f[Col(name)], CultureInfo.InvariantCulture);
        return lines.Skip(1).Select(l => l.Split(','))
            .Select(f => (f[Col("column")], Num(f, "qrandom"), (int)Num(f, "n_fit"), Num(f, "objective"), Num(f, "holdout_mae")))
            .ToList();
    }
}
