using System.Globalization;
using System.Text;

namespace ScalingDashboard.Core.Examples;

/// <summary>
/// Generates the shipped example <c>data/compute-ladder-synthetic.csv</c>: the real run list of Krajewski et al.
/// (2025, Tables 7-9) with SYNTHETIC benchmark accuracies drawn from the paper's own fitted Eq 4 (Table 12).
/// <para>
/// Eq 4 models the Eq 3-normalised accuracy <c>Q' = (Q - Qrandom) / (1 - Qrandom)</c>:
/// <c>Q' = exp(-(A / N^alpha + B / D^beta))</c> with N and D as raw counts. The raw-scale accuracy is then
/// <c>Q = Qrandom + (1 - Qrandom) Q'</c>. Reading Eq 4 as modelling the raw Q instead would put the smallest
/// models at ~0 on multiple-choice tasks (e.g. Winogrande 0.000 for 0.04B/5.2B tokens, far below its 0.5 chance
/// floor), which is impossible, so the normalised reading is the one that reproduces the paper's curves.
/// </para>
/// <para>
/// Noise imitates evaluating on a finite test set: Gaussian with the binomial standard error
/// <c>sqrt(p (1 - p) / n)</c> at the noise-free accuracy p, clipped to [0, 1]. Everything is pure and
/// deterministic (fixed-seed <see cref="Random"/>, Box-Muller) so a test can require the committed CSV to equal
/// the generator's output byte for byte. This class does no file I/O.
/// </para>
/// </summary>
public static class SyntheticComputeLadder
{
    /// <summary>Seed of the shipped CSV (the paper's arXiv date, 2025-12-09); changing it changes the file.</summary>
    public const int DefaultSeed = 20251209;

    /// <summary>Decimals written for each accuracy.</summary>
    public const int AccuracyDecimals = 4;

    /// <summary>The CSV header, fixed so the dashboard and the docs can rely on it.</summary>
    public static string Header { get; } =
        "run,params,tokens,flops,layers,hidden_dim,heads,dataset,"
        + string.Join(',', Table12Coefficients.All.Select(b => b.Column));

    /// <summary>Eq 4 exactly: the normalised accuracy <c>Q' = exp(-(A / N^alpha + B / D^beta))</c>.</summary>
    public static double NormalisedAccuracy(double parameters, double tokens, BenchmarkCoefficients benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var negativeLogQ = (benchmark.A / Math.Pow(parameters, benchmark.Alpha))
            + (benchmark.B / Math.Pow(tokens, benchmark.Beta));
        return Math.Exp(-negativeLogQ);
    }

    /// <summary>Noise-free raw-scale accuracy: Eq 3 inverted on top of Eq 4.</summary>
    public static double ExpectedAccuracy(ComputeLadderRun run, BenchmarkCoefficients benchmark)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(benchmark);
        var normalised = NormalisedAccuracy(run.Parameters, run.Tokens, benchmark);
        return benchmark.QRandom + ((1 - benchmark.QRandom) * normalised);
    }

    /// <summary>Binomial sampling standard error of an accuracy p measured on n items.</summary>
    public static double SamplingStandardError(double accuracy, int items)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        return Math.Sqrt(accuracy * (1 - accuracy) / items);
    }

    /// <summary>Every run with its noise-free accuracies (no clipping or rounding needed: Eq 4 stays in [0, 1]).</summary>
    public static IReadOnlyList<SyntheticLadderRow> GenerateNoiseFree() =>
        ComputeLadderRuns.All
            .Select(run => new SyntheticLadderRow(
                run, Table12Coefficients.All.Select(b => ExpectedAccuracy(run, b)).ToList()))
            .ToList();

    /// <summary>
    /// Every run with noisy accuracies. Draw order is fixed (row by row, benchmarks in Table 12 order, one normal
    /// deviate each) so the output depends only on <paramref name="seed"/>. Values are clipped but not rounded.
    /// </summary>
    public static IReadOnlyList<SyntheticLadderRow> Generate(int seed = DefaultSeed)
    {
        var normal = new GaussianSource(seed);
        var rows = new List<SyntheticLadderRow>(ComputeLadderRuns.All.Count);
        foreach (var run in ComputeLadderRuns.All)
        {
            var accuracies = new List<double>(Table12Coefficients.All.Count);
            foreach (var benchmark in Table12Coefficients.All)
            {
                var expected = ExpectedAccuracy(run, benchmark);
                var noisy = expected + (normal.Next() * SamplingStandardError(expected, benchmark.TestSetSize));
                accuracies.Add(Math.Clamp(noisy, 0.0, 1.0));
            }

            rows.Add(new SyntheticLadderRow(run, accuracies));
        }

        return rows;
    }

    /// <summary>The shipped CSV text for <paramref name="seed"/>: LF line endings, trailing newline, invariant culture.</summary>
    public static string GenerateCsv(int seed = DefaultSeed) => ToCsv(Generate(seed));

    /// <summary>Formats rows as the example CSV (accuracies rounded to <see cref="AccuracyDecimals"/> decimals).</summary>
    public static string ToCsv(IReadOnlyList<SyntheticLadderRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        // LF regardless of platform: the committed file is compared byte for byte on every OS.
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        var format = "F" + AccuracyDecimals.ToString(CultureInfo.InvariantCulture);
        foreach (var row in rows)
        {
            var run = row.Run;
            text.Append(run.Id).Append(',')
                .Append(run.ParamsText).Append(',')
                .Append(run.TokensText).Append(',')
                .Append(run.FlopsText).Append(',')
                .Append(run.Layers.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(run.HiddenDim.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(run.Heads.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(QuoteIfNeeded(run.Dataset));
            foreach (var accuracy in row.Accuracies)
            {
                text.Append(',').Append(accuracy.ToString(format, CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    // RFC 4180: a field holding a comma or quote is wrapped in quotes with inner quotes doubled.
    private static string QuoteIfNeeded(string field) =>
        field.Contains(',', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal)
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
