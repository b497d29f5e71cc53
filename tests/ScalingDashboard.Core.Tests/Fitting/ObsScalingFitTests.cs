using System.Globalization;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Fitting.Forms;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Fitting;

/// <summary>Issue 3: on the observational-scaling leaderboard the sigmoid and log-linear forms fit every benchmark.</summary>
public class ObsScalingFitTests(Xunit.Abstractions.ITestOutputHelper output)
{
    // Benchmark columns with chance levels from their number of choices (TruthfulQA MC2, GSM8K, HumanEval: 0).
    private static readonly (string Column, double QRandom)[] Benchmarks =
    [
        ("MMLU", 0.25), ("ARC-C", 0.25), ("HellaSwag", 0.25), ("Winograd", 0.5),
        ("TruthfulQA", 0), ("GSM8K", 0), ("XWinograd", 0.5), ("HumanEval", 0),
    ];

    [SharedDataFact("obsscaling")]
    public void SigmoidAndLogLinear_EveryBenchmark_Fit()
    {
        var path = SharedData.PathOf("obsscaling/base_llm_benchmark_eval.csv");

        var data = SharedData.ReadNumericColumns(path, ["FLOPs (1E21)", .. Benchmarks.Select(b => b.Column)]);
        var x = data["FLOPs (1E21)"];
        foreach (var (column, qr) in Benchmarks)
        {
            foreach (var form in new IFitForm[] { new SigmoidForm(), new LogLinearForm() })
            {
                var fit = form.Fit(new FitRequest(x, data[column]) { QRandom = qr });
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{column,-11} {form.Id,-10} n={fit.Train.Count,3} R²={fit.Train.RSquared,6:F3} {string.Join(", ", fit.Parameters.Select(p => $"{p.Name}={p.Value:G4}"))}"));
                Assert.True(fit.Converged, $"{column} {form.Id}: {fit.Message}");
                Assert.All(fit.Parameters, p => Assert.True(double.IsFinite(p.Value), $"{column} {form.Id} {p.Name}"));
                // ~120 of 148 rows have FLOPs and a score; a fit that used few of them would be a silent data bug.
                Assert.True(fit.Train.Count >= 100, $"{column} {form.Id}: only {fit.Train.Count} points");
            }
        }
    }
}
