using ScalingDashboard.Core.Statistics;
using ScalingDashboard.Core.Tests.TestSupport;

namespace ScalingDashboard.Core.Tests.Statistics;

public class CorrelationTests
{
    private static readonly string[] Benchmarks = ["arc", "hellaswag", "mmlu", "truthfulqa", "winogrande", "gsm8k"];

    // pandas DataFrame.corr on the six leaderboard benchmarks (Fixtures/f_and_correlation_reference.py and .txt).
    private static readonly double[][] PandasPearson =
    [
        [1.0, 0.9317912109269878, 0.9121960301396215, 0.6986139058029908, 0.960930731066611, 0.767130356870199],
        [0.9317912109269878, 1.0, 0.8338870242103575, 0.5000169228776931, 0.9303458283844395, 0.6241333788367597],
        [0.9121960301396215, 0.8338870242103575, 1.0, 0.6196336586844385, 0.8899034426920197, 0.7752265783595905],
        [0.6986139058029908, 0.5000169228776931, 0.6196336586844385, 1.0, 0.634734844717493, 0.714961368696906],
        [0.960930731066611, 0.9303458283844395, 0.8899034426920197, 0.634734844717493, 1.0, 0.7267492001856533],
        [0.767130356870199, 0.6241333788367597, 0.7752265783595905, 0.714961368696906, 0.7267492001856533, 1.0],
    ];

    private static readonly double[][] PandasSpearman =
    [
        [1.0, 0.9588959061909561, 0.8477412768431263, 0.827962498194129, 0.9415486519356608, 0.8357301059585092],
        [0.9588959061909561, 1.0, 0.7964841775995384, 0.7848741844070177, 0.9435655205610162, 0.7709847612951094],
        [0.8477412768431263, 0.7964841775995384, 1.0, 0.6927231384273022, 0.8346766934733768, 0.8263078946539967],
        [0.827962498194129, 0.7848741844070177, 0.6927231384273022, 1.0, 0.7526730676109444, 0.7175715722969687],
        [0.9415486519356608, 0.9435655205610162, 0.8346766934733768, 0.7526730676109444, 1.0, 0.7956895335417583],
        [0.8357301059585092, 0.7709847612951094, 0.8263078946539967, 0.7175715722969687, 0.7956895335417583, 1.0],
    ];

    // The hand-made case of f_and_correlation_reference.py: ties in both columns, a NaN in each (different rows), a constant column.
    private static readonly IReadOnlyList<double>[] HandMade =
    [
        [1.0, 2.0, 2.0, 3.0, 4.0, double.NaN, 6.0, 7.0],
        [2.0, 1.0, 4.0, 4.0, double.NaN, 5.0, 9.0, 8.0],
        [5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0],
    ];

    /// <summary>pandas: pearson 0.925106558163835 and spearman 0.8088235294117647 over the 6 complete rows; 1e-12 (sums of 6 terms).</summary>
    [Theory]
    [InlineData(CorrelationMethod.Pearson, 0.925106558163835)]
    [InlineData(CorrelationMethod.Spearman, 0.8088235294117647)]
    public void Compute_HandMadeWithTiesAndNaNs_MatchesPandas(CorrelationMethod method, double expected)
    {
        var matrix = Correlation.Compute(["a", "b", "c"], HandMade, method);

        Assert.Equal(expected, matrix.R[0][1], 1e-12);
        Assert.Equal(expected, matrix.R[1][0], 1e-12);
        Assert.Equal(6, matrix.N[0][1]);
        Assert.Equal(7, matrix.N[0][0]);
        Assert.Equal(1, matrix.R[0][0], 1e-15);
        Assert.True(double.IsNaN(matrix.R[0][2]));
        Assert.True(double.IsNaN(matrix.R[2][2]));
        Assert.Equal("Column 'c' is constant (every value is 5), so its correlations are undefined.", Assert.Single(matrix.Problems));
    }

    [Fact]
    public void Compute_FewerThanThreeSharedRows_GivesNaNAndSaysSo()
    {
        var matrix = Correlation.Compute(["x", "y"], [[1, 2, double.NaN, 4], [double.NaN, 3, 5, 1]], CorrelationMethod.Pearson);

        Assert.True(double.IsNaN(matrix.R[0][1]));
        Assert.Equal(2, matrix.N[0][1]);
        Assert.Contains("share 2 complete rows", Assert.Single(matrix.Problems));
    }

    [Fact]
    public void Compute_UnequalColumnLengths_ReportsProblem()
    {
        var matrix = Correlation.Compute(["x", "y"], [[1, 2, 3], [1, 2]], CorrelationMethod.Spearman);

        Assert.Contains("differ in length", Assert.Single(matrix.Problems));
        Assert.Empty(matrix.R);
    }

    [Fact]
    public void AverageRanks_Ties_ShareMeanRank()
    {
        // 10, 20, 20, 30, 20 -> 1, 3, 3, 5, 3 (the three 20s span ranks 2..4).
        Assert.Equal([1, 3, 3, 5, 3], Correlation.AverageRanks([10, 20, 20, 30, 20]));
    }

    /// <summary>The six benchmarks of the 7,169-row leaderboard against pandas, to 1e-12 (two-pass sums over 7,169 rows).</summary>
    [SharedDataTheory("open-llm-leaderboard")]
    [InlineData(CorrelationMethod.Pearson)]
    [InlineData(CorrelationMethod.Spearman)]
    public void Compute_LeaderboardBenchmarks_MatchPandas(CorrelationMethod method)
    {
        var path = SharedData.PathOf("open-llm-leaderboard/open_llm_leaderboard_v1_2024-07-07.csv");
        var lines = File.ReadAllLines(path);
        var header = FixtureCsv.Split(lines[0]);
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(FixtureCsv.Split).ToList();
        var columns = Benchmarks.Select(b => (IReadOnlyList<double>)rows.Select(r => FixtureCsv.Number(r[Array.IndexOf(header, b)])).ToList()).ToList();

        var matrix = Correlation.Compute(Benchmarks, columns, method);

        var expected = method == CorrelationMethod.Pearson ? PandasPearson : PandasSpearman;
        for (var i = 0; i < Benchmarks.Length; i++)
        {
            for (var j = 0; j < Benchmarks.Length; j++)
            {
                Assert.Equal(expected[i][j], matrix.R[i][j], 1e-12);
                Assert.Equal(7169, matrix.N[i][j]);
            }
        }

        Assert.Empty(matrix.Problems);
    }
}
