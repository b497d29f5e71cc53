namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// How well predicted cells match their true scores: mean squared error, mean absolute (L1) error, and the seed's
/// rank metrics as <see cref="RankMetrics"/> defines them (Accuracy: share of cells whose predicted rank equals the
/// true rank; MAE@2: share within 2). Shares are fractions (0.83, not 83%). NaN when there are no cells.
/// </summary>
public sealed record CompletionMetrics(int Count, double Mse, double L1, double RankAccuracy, double Mae2)
{
    public static CompletionMetrics Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>The metrics of <paramref name="predicted"/>[k] as the score of <paramref name="cells"/>[k].</summary>
    public static CompletionMetrics Of(ScoreMatrix matrix, IReadOnlyList<MatrixCell> cells, IReadOnlyList<double> predicted)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(predicted);
        if (cells.Count == 0)
        {
            return Empty;
        }

        var (squares, absolutes) = (0.0, 0.0);
        for (var k = 0; k < cells.Count; k++)
        {
            var error = predicted[k] - matrix[cells[k]];
            squares += error * error;
            absolutes += Math.Abs(error);
        }

        var (accuracy, within2) = RankMetrics.Compute(matrix, cells, predicted);
        return new CompletionMetrics(cells.Count, squares / cells.Count, absolutes / cells.Count, accuracy, within2);
    }

    /// <summary>The mean of each metric over several runs (e.g. seeds), or their sample standard deviation.</summary>
    public static CompletionMetrics Summarise(IReadOnlyList<CompletionMetrics> runs, bool spread)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            return Empty;
        }

        double Of(Func<CompletionMetrics, double> metric)
        {
            var values = runs.Select(metric).ToArray();
            var mean = values.Average();
            return !spread ? mean
                : values.Length < 2 ? 0
                : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
        }

        return new CompletionMetrics((int)Math.Round(runs.Average(r => r.Count)), Of(r => r.Mse), Of(r => r.L1), Of(r => r.RankAccuracy), Of(r => r.Mae2));
    }
}
