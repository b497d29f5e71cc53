namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// The seed's rank metrics (Appendix C.1) made precise as issue 11 does: for a cell (model i, task j), the rank of a
/// score s is 1 + the number of OTHER models with a known true score on task j higher than s. The true rank uses
/// model i's true score, the predicted rank its predicted score, every other model staying at its true score.
/// Accuracy is the share of cells with equal ranks; MAE@2 the share whose ranks differ by at most 2.
/// </summary>
public static class RankMetrics
{
    /// <summary>1 + the number of models other than <paramref name="model"/> whose known score on the task exceeds <paramref name="score"/>.</summary>
    public static int Rank(ScoreMatrix matrix, int model, int task, double score)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var rank = 1;
        for (var k = 0; k < matrix.ModelCount; k++)
        {
            if (k != model && matrix[k, task] > score) // NaN (missing) compares false
            {
                rank++;
            }
        }

        return rank;
    }

    /// <summary>Accuracy and MAE@2 over the cells (fractions; NaN without cells).</summary>
    public static (double Accuracy, double Mae2) Compute(ScoreMatrix matrix, IReadOnlyList<MatrixCell> cells, IReadOnlyList<double> predicted)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(predicted);
        if (cells.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        var (equal, within2) = (0, 0);
        for (var k = 0; k < cells.Count; k++)
        {
            var (i, j) = (cells[k].Model, cells[k].Task);
            var difference = Math.Abs(Rank(matrix, i, j, matrix[i, j]) - Rank(matrix, i, j, predicted[k]));
            equal += difference == 0 ? 1 : 0;
            within2 += difference <= 2 ? 1 : 0;
        }

        return ((double)equal / cells.Count, (double)within2 / cells.Count);
    }
}
