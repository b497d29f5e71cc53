using System.Globalization;
using System.Text;
using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Examples;

/// <summary>
/// Generates the shipped example <c>data/loss-ladder-synthetic.csv</c>: SYNTHETIC pretraining losses from
/// Hoffmann et al.'s (2022) published approach-3 law (<see cref="LossLaw.Hoffmann2022"/>) over a Chinchilla-like grid.
/// <para>
/// The grid: <see cref="ModelSizes"/> model sizes log-spaced from 70M to 16B parameters (the range of the paper's
/// runs), each trained at <see cref="Ratios"/> tokens-per-parameter ratios log-spaced from 5 to 80 (either side of the
/// paper's ~20), 240 runs. N and D are rounded to three significant figures, and C = 6ND is computed from the rounded
/// values, so the file's columns agree exactly. Noise is multiplicative, L = L_law e^(sigma z) with z standard normal
/// and sigma = <see cref="NoiseSigma"/>, roughly the run-to-run spread of seed changes in loss. Pure and deterministic
/// (fixed seed, Box-Muller), so a test can require the committed CSV to equal the generator's output byte for byte.
/// </para>
/// </summary>
public static class SyntheticLossLadder
{
    /// <summary>Seed of the shipped CSV (Hoffmann et al.'s arXiv date, 2022-03-29); changing it changes the file.</summary>
    public const int DefaultSeed = 20220329;

    public const int ModelSizes = 20;

    public const int Ratios = 12;

    public const double SmallestModel = 70e6;

    public const double LargestModel = 16e9;

    public const double SmallestRatio = 5;

    public const double LargestRatio = 80;

    /// <summary>Standard deviation of ln L's noise: 0.5% of the loss.</summary>
    public const double NoiseSigma = 0.005;

    /// <summary>Decimals written for each loss (0.0001 nats, far below the noise).</summary>
    public const int LossDecimals = 4;

    public const string Header = "model,params,tokens,flops,loss";

    /// <summary>Every run with the law's loss exactly (no noise, no rounding): the data of a noise-free recovery.</summary>
    public static IReadOnlyList<SyntheticLossRun> GenerateNoiseFree(LossLaw? law = null)
    {
        var truth = law ?? LossLaw.Hoffmann2022;
        return Grid().Select(g => new SyntheticLossRun(g.Model, g.N, g.D, g.C, truth.Loss(g.N, g.D))).ToList();
    }

    /// <summary>Every run with multiplicative noise, one normal deviate per run in grid order, unrounded.</summary>
    public static IReadOnlyList<SyntheticLossRun> Generate(int seed = DefaultSeed)
    {
        var normal = new GaussianSource(seed);
        return GenerateNoiseFree()
            .Select(run => run with { Loss = run.Loss * Math.Exp(NoiseSigma * normal.Next()) })
            .ToList();
    }

    /// <summary>The shipped CSV text for <paramref name="seed"/>: LF line endings, trailing newline, invariant culture.</summary>
    public static string GenerateCsv(int seed = DefaultSeed)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        var loss = "F" + LossDecimals.ToString(CultureInfo.InvariantCulture);
        foreach (var run in Generate(seed))
        {
            text.Append(run.Model).Append(',')
                .Append(run.Parameters.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(run.Tokens.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(run.Flops.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(run.Loss.ToString(loss, CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The (N, D) grid, smallest model first, ratios ascending within each model.</summary>
    private static IEnumerable<(string Model, double N, double D, double C)> Grid()
    {
        var index = 0;
        for (var i = 0; i < ModelSizes; i++)
        {
            var n = ThreeFigures(LogSpaced(SmallestModel, LargestModel, i, ModelSizes));
            for (var j = 0; j < Ratios; j++)
            {
                var d = ThreeFigures(n * LogSpaced(SmallestRatio, LargestRatio, j, Ratios));
                index++;
                yield return (string.Create(CultureInfo.InvariantCulture, $"run-{index:000}"), n, d, ComputeOptimal.FlopsPerParameterToken * n * d);
            }
        }
    }

    private static double LogSpaced(double from, double to, int i, int count) => from * Math.Pow(to / from, (double)i / (count - 1));

    /// <summary>Three significant figures, as a paper's run table would list a size.</summary>
    private static double ThreeFigures(double value)
    {
        var scale = Math.Pow(10, Math.Floor(Math.Log10(value)) - 2);
        return Math.Round(value / scale) * scale;
    }
}
