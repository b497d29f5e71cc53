using ScalingDashboard.Core.Statistics.Embedding;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Statistics.Embedding;

public class PcaTests
{
    // Ratios are quotients of squared singular values: two correct SVDs agree to ~1e-15 relative, so 1e-10 leaves
    // room for a different decomposition route (QR then SVD here, LAPACK gesdd in numpy) without hiding an error.
    private const double RatioTolerance = 1e-10;

    // Scores are centred data times unit vectors; a different route moves them by rounding times the data scale (at
    // most ~100 for the leaderboard's percents), far below 1e-8.
    private const double ScoreTolerance = 1e-8;

    [Theory]
    [InlineData(true, "standardised")]
    [InlineData(false, "centred")]
    public void Compute_SmallMatrix_MatchesNumpySvd(bool standardise, string section)
    {
        var expected = PcaFixture.Section("small", section);
        var result = Pca.Compute(PcaFixture.Matrix(PcaFixture.Section("small", "matrix")), standardise);

        Assert.Null(result.Problem);
        AssertClose(PcaFixture.Vector(expected.GetProperty("ratios")), result.ExplainedVarianceRatio, RatioTolerance);
        AssertClose(PcaFixture.Vector(expected.GetProperty("means")), result.Means, 1e-12);
        AssertClose(PcaFixture.Vector(expected.GetProperty("scales")), result.Scales, 1e-12);
        AssertRowsClose(PcaFixture.Matrix(expected.GetProperty("loadings")), result.Loadings, ScoreTolerance);
        AssertRowsClose(PcaFixture.Matrix(expected.GetProperty("scores")), result.Scores, ScoreTolerance);
    }

    [SharedDataTheory("open-llm-leaderboard")]
    [InlineData(true, "standardised")]
    [InlineData(false, "centred")]
    public void Compute_LeaderboardSixBenchmarks_MatchesNumpySvd(bool standardise, string section)
    {
        var expected = PcaFixture.Section("leaderboard", section);
        var result = Pca.Compute(LeaderboardBenchmarks.Read(), standardise);

        Assert.Null(result.Problem);
        Assert.Equal(7169, result.Scores.Length);
        Assert.Equal(6, result.Loadings.Length);
        AssertClose(PcaFixture.Vector(expected.GetProperty("ratios")), result.ExplainedVarianceRatio, RatioTolerance);
        AssertRowsClose(PcaFixture.Matrix(expected.GetProperty("loadings")), result.Loadings, ScoreTolerance);
        var picked = expected.GetProperty("scoreRows").EnumerateArray().Select(r => result.Scores[r.GetInt32()]).ToArray();
        AssertRowsClose(PcaFixture.Matrix(expected.GetProperty("scores")), picked, ScoreTolerance);
    }

    [Fact]
    public void Compute_CorrelatedColumns_FirstComponentCarriesMostVariance()
    {
        // Benchmarks that rise together (a "general ability" axis) put most variance on PC1: the ratios are sorted
        // and sum to 1 up to rounding.
        var rows = Enumerable.Range(0, 50).Select(i => new[] { i, 2.0 * i + (i % 3), 0.5 * i - (i % 2) }).ToArray();

        var result = Pca.Compute(rows, standardise: true);

        Assert.Equal(1.0, result.ExplainedVarianceRatio.Sum(), 12);
        Assert.True(result.ExplainedVarianceRatio[0] > 0.99, $"PC1 ratio {result.ExplainedVarianceRatio[0]}");
        Assert.Equal(result.ExplainedVarianceRatio.OrderByDescending(v => v), result.ExplainedVarianceRatio);
    }

    [Fact]
    public void Compute_NegatedColumns_GivesSameSignedComponents()
    {
        // The sign convention makes the largest |loading| positive, so negating the whole input negates the scores
        // but not the loadings: exactly, since only signs change.
        var rows = PcaFixture.Matrix(PcaFixture.Section("small", "matrix"));
        var negated = rows.Select(r => r.Select(v => -v).ToArray()).ToArray();

        var plain = Pca.Compute(rows, standardise: true);
        var flipped = Pca.Compute(negated, standardise: true);

        AssertRowsClose(plain.Loadings, flipped.Loadings, 1e-12);
        AssertRowsClose(plain.Scores.Select(r => r.Select(v => -v).ToArray()).ToArray(), flipped.Scores, 1e-12);
    }

    [Fact]
    public void Compute_WideMatrix_GivesOneComponentPerRow()
    {
        // Three observations of five variables: min(n, p) = 3 components, the last with no variance (three centred
        // points span a plane).
        double[][] rows = [[1, 2, 3, 4, 5], [2, 1, 0, 3, 7], [0, 4, 1, 1, 2]];

        var result = Pca.Compute(rows, standardise: false);

        Assert.Null(result.Problem);
        Assert.Equal(3, result.Scores[0].Length);
        Assert.Equal(5, result.Loadings.Length);
        Assert.Equal(0.0, result.ExplainedVarianceRatio[2], 12);
    }

    [Theory]
    [InlineData(2, 3, "at least 3 rows")]
    [InlineData(5, 1, "at least 2 columns")]
    public void Compute_TooSmall_ReportsProblem(int rowCount, int columnCount, string expected)
    {
        var rows = Enumerable.Range(0, rowCount).Select(r => Enumerable.Range(0, columnCount).Select(c => (double)(r * c + r)).ToArray()).ToArray();

        var result = Pca.Compute(rows, standardise: false);

        Assert.Contains(expected, result.Problem, StringComparison.Ordinal);
        Assert.Empty(result.Scores);
    }

    [Fact]
    public void Compute_ConstantColumnStandardised_ReportsProblem()
    {
        double[][] rows = [[1, 5], [2, 5], [3, 5], [4, 5]];

        var standardised = Pca.Compute(rows, standardise: true);
        var centred = Pca.Compute(rows, standardise: false);

        Assert.Contains("Column 2 has the same value in every row", standardised.Problem, StringComparison.Ordinal);
        // Without scaling a constant column is harmless: it simply carries no variance.
        Assert.Null(centred.Problem);
        Assert.Equal(1.0, centred.ExplainedVarianceRatio[0], 12);
    }

    [Fact]
    public void Compute_RaggedOrNaN_ReportsProblem()
    {
        Assert.Contains("Row 2 has 1 values", Pca.Compute([[1, 2], [3], [4, 5]], false).Problem, StringComparison.Ordinal);
        Assert.Contains("Row 3, column 2 is not a finite number", Pca.Compute([[1, 2], [3, 4], [4, double.NaN]], false).Problem, StringComparison.Ordinal);
    }

    internal static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"[{i}]: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }

    private static void AssertRowsClose(double[][] expected, double[][] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var r = 0; r < expected.Length; r++)
        {
            AssertClose(expected[r], actual[r], tolerance);
        }
    }
}
