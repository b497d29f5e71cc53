using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Tests.Matrix;

public class RankMetricsTests
{
    // Five models, two tasks (NaN = missing). Ranks: 1 + number of OTHER models with a strictly higher true score.
    //            task0  task1
    //   m0        0.9    0.2
    //   m1        0.7    -
    //   m2        0.5    0.6
    //   m3        0.3    0.4
    //   m4        0.1    -
    private static readonly ScoreMatrix Matrix = ScoreMatrix.FromWide(
        ["m0", "m1", "m2", "m3", "m4"], ["task0", "task1"],
        [[0.9, 0.2], [0.7, double.NaN], [0.5, 0.6], [0.3, 0.4], [0.1, double.NaN]]);

    [Fact]
    public void Compute_HandComputedCells_GivesAccuracyOneFifthAndMae2FourFifths()
    {
        // cell (model, task)  predicted  true rank            predicted rank           |diff|
        // (2, 0)               0.95      3 (m0, m1 higher)    1 (none higher)           2
        // (3, 0)               0.31      4 (m0, m1, m2)       4 (m0, m1, m2)            0
        // (0, 1)               0.80      3 (m2, m3)           1 (none)                  2
        // (4, 0)               0.80      5 (m0..m3)           2 (m0 only)               3
        // (1, 0)               0.90      2 (m0)               1 (tie with m0: not higher) 1
        MatrixCell[] cells = [new(2, 0), new(3, 0), new(0, 1), new(4, 0), new(1, 0)];
        double[] predicted = [0.95, 0.31, 0.80, 0.80, 0.90];

        var (accuracy, mae2) = RankMetrics.Compute(Matrix, cells, predicted);

        Assert.Equal(1.0 / 5, accuracy, 15); // only (3, 0) keeps its rank
        Assert.Equal(4.0 / 5, mae2, 15); // all but (4, 0), which moves 3 places
    }

    [Theory]
    [InlineData(2, 0, 0.5, 3)]
    [InlineData(2, 0, 0.95, 1)]
    [InlineData(4, 0, 0.8, 2)]
    [InlineData(1, 0, 0.9, 1)]
    [InlineData(0, 1, 0.2, 3)] // m1 and m4 have no score on task1 and do not count
    public void Rank_CountsOnlyOtherModelsWithAHigherKnownScore(int model, int task, double score, int expected) =>
        Assert.Equal(expected, RankMetrics.Rank(Matrix, model, task, score));

    [Fact]
    public void Of_PerfectPredictions_HaveZeroErrorAndFullRankAgreement()
    {
        MatrixCell[] cells = [new(0, 0), new(2, 1), new(4, 0)];

        var metrics = CompletionMetrics.Of(Matrix, cells, cells.Select(c => Matrix[c]).ToArray());

        Assert.Equal(new CompletionMetrics(3, 0, 0, 1, 1), metrics);
    }

    [Fact]
    public void Of_KnownErrors_GivesMseAndL1()
    {
        MatrixCell[] cells = [new(0, 0), new(2, 1)];

        var metrics = CompletionMetrics.Of(Matrix, cells, [0.8, 0.9]); // errors -0.1 and +0.3

        Assert.Equal((0.01 + 0.09) / 2, metrics.Mse, 12);
        Assert.Equal((0.1 + 0.3) / 2, metrics.L1, 12);
    }
}
