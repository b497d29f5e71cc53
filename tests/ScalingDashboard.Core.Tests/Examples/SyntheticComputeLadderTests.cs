using System.Text;
using ScalingDashboard.Core.Examples;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Examples;

public class SyntheticComputeLadderTests
{
    private const string FileName = "compute-ladder-synthetic.csv";

    [Fact]
    public void CommittedCsv_Regenerated_EqualsByteForByte()
    {
        var path = RepositoryPaths.DataFile(FileName);
        var expected = Encoding.UTF8.GetBytes(SyntheticComputeLadder.GenerateCsv());

        // The file is produced by this test, never edited by hand: REGENERATE_EXAMPLES=1 rewrites it.
        if (Environment.GetEnvironmentVariable("REGENERATE_EXAMPLES") == "1")
        {
            File.WriteAllBytes(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with REGENERATE_EXAMPLES=1.");
        var actual = File.ReadAllBytes(path);
        Assert.True(
            expected.AsSpan().SequenceEqual(actual),
            $"{path} differs from SyntheticComputeLadder.GenerateCsv(); run the tests with REGENERATE_EXAMPLES=1.");
    }

    [Fact]
    public void RunList_Tables7To9_HasEveryRow()
    {
        var runs = ComputeLadderRuns.All;

        Assert.Equal(ComputeLadderRuns.Table7Rows, runs.Count(r => r.SourceTable == 7));
        Assert.Equal(ComputeLadderRuns.Table8Rows, runs.Count(r => r.SourceTable == 8));
        Assert.Equal(ComputeLadderRuns.Table9Rows, runs.Count(r => r.SourceTable == 9));
        Assert.Equal(150, runs.Count);
        Assert.Equal(runs.Count, runs.Select(r => r.Id).Distinct().Count());
        Assert.Equal("run-001", runs[0].Id);
        Assert.Equal("run-150", runs[^1].Id);
    }

    [Fact]
    public void RunList_FirstAndLastRuns_MatchThePaper()
    {
        // Table 7 opens with three identical 17.58B runs; Table 9 ends with the 0.04B / 7.6B-token run.
        for (var i = 0; i < 3; i++)
        {
            var run = ComputeLadderRuns.All[i];
            Assert.Equal("17.58B", run.ParamsText);
            Assert.Equal("3.77e+22", run.FlopsText);
            Assert.Equal("357.4B", run.TokensText);
            Assert.Equal((44, 5632, 44), (run.Layers, run.HiddenDim, run.Heads));
            Assert.Equal("DCLM+code+math", run.Dataset);
        }

        var last = ComputeLadderRuns.All[^1];
        Assert.Equal(("0.04B", "1.86e+18", "7.6B"), (last.ParamsText, last.FlopsText, last.TokensText));
        Assert.Equal(7.6e9, last.Tokens);
        Assert.Equal(1.86e18, last.Flops);
    }

    [Fact]
    public void Generator_NoiseFreeLargestRun_ReproducesEq4()
    {
        // ARC-E, Table 12: A=1533.4592, alpha=0.3749, B=2923.3999, beta=0.3812, Qrandom=0.2918; N=17.58e9, D=357.4e9.
        var normalised = Math.Exp(-((1533.4592 / Math.Pow(17.58e9, 0.3749)) + (2923.3999 / Math.Pow(357.4e9, 0.3812))));
        var expected = 0.2918 + ((1 - 0.2918) * normalised);

        var row = SyntheticComputeLadder.GenerateNoiseFree()[0];
        var actual = row.Accuracies[0];

        Assert.Equal("arc_easy", Table12Coefficients.All[0].Column);
        Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected, $"{actual} vs {expected}");
        // Sanity: a 17.58B model on 357B tokens should be a strong ARC-Easy model.
        Assert.InRange(actual, 0.75, 0.85);
    }

    [Fact]
    public void Generator_NoiseFreeExactMatchTask_ReproducesEq4()
    {
        // GSM8K has Qrandom = 0, so Q = Q' = exp(-(A/N^alpha + B/D^beta)). Run-058 is 1.30B params, 55.6B tokens.
        var run = ComputeLadderRuns.All.Single(r => r.Id == "run-058");
        Assert.Equal(("1.30B", "55.6B"), (run.ParamsText, run.TokensText));
        var expected = Math.Exp(-((51693336.0 / Math.Pow(1.30e9, 0.8205)) + (9641845.0 / Math.Pow(55.6e9, 0.6506))));

        var gsm8k = Table12Coefficients.All.Single(b => b.Column == "gsm8k");
        var actual = SyntheticComputeLadder.ExpectedAccuracy(run, gsm8k);

        Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected, $"{actual} vs {expected}");
    }

    [Fact]
    public void Generator_SmallestModels_SitNearChance()
    {
        var smallest = SyntheticComputeLadder.GenerateNoiseFree().Where(r => r.Run.ParamsText == "0.04B");
        foreach (var row in smallest)
        {
            for (var b = 0; b < Table12Coefficients.All.Count; b++)
            {
                var benchmark = Table12Coefficients.All[b];
                Assert.InRange(row.Accuracies[b], benchmark.QRandom, benchmark.QRandom + 0.3);
            }
        }
    }

    [Fact]
    public void Generator_Noise_HasBinomialSamplingScale()
    {
        var noisy = SyntheticComputeLadder.Generate();
        var clean = SyntheticComputeLadder.GenerateNoiseFree();
        var differences = new List<double>();
        var halfNormalMeans = new List<double>();
        for (var r = 0; r < clean.Count; r++)
        {
            for (var b = 0; b < Table12Coefficients.All.Count; b++)
            {
                var p = clean[r].Accuracies[b];
                differences.Add(Math.Abs(noisy[r].Accuracies[b] - p));
                // E|X| for X ~ N(0, se^2) is se * sqrt(2 / pi).
                halfNormalMeans.Add(
                    SyntheticComputeLadder.SamplingStandardError(p, Table12Coefficients.All[b].TestSetSize)
                    * Math.Sqrt(2 / Math.PI));
            }
        }

        var observed = differences.Average();
        var expected = halfNormalMeans.Average();
        Assert.InRange(observed, 0.7 * expected, 1.3 * expected);
    }

    [Fact]
    public void Generator_Seed_IsDeterministicAndSeedDependent()
    {
        Assert.Equal(SyntheticComputeLadder.GenerateCsv(), SyntheticComputeLadder.GenerateCsv());
        Assert.NotEqual(SyntheticComputeLadder.GenerateCsv(1), SyntheticComputeLadder.GenerateCsv(2));
    }

    [Fact]
    public void Csv_Generated_HasTheDocumentedShape()
    {
        var lines = SyntheticComputeLadder.GenerateCsv().Split('\n');

        Assert.Equal(
            "run,params,tokens,flops,layers,hidden_dim,heads,dataset,arc_easy,arc_challenge,sciq,piqa,hellaswag,"
            + "winogrande,webqs,triviaqa,lambada,gsm8k,humaneval,lbpp",
            lines[0]);
        Assert.Equal(152, lines.Length); // header + 150 rows + empty string after the trailing newline
        Assert.Equal(string.Empty, lines[^1]);
        Assert.StartsWith("run-001,17.58B,357.4B,3.77e+22,44,5632,44,DCLM+code+math,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"DCLM+code+math, C4\",", lines.Single(l => l.StartsWith("run-014,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
