using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>
/// Principal component analysis by singular value decomposition of the centred (optionally standardised) matrix.
/// </summary>
public static class Pca
{
    /// <summary>
    /// The principal components of <paramref name="rows"/> (observations) by their columns (variables).
    /// </summary>
    /// <param name="rows">Complete observations of equal length, no NaN (the caller drops incomplete rows).</param>
    /// <param name="standardise">Divide each centred column by its sample standard deviation, so every variable
    /// weighs the same whatever its unit (a correlation-matrix PCA).</param>
    /// <returns>The analysis, or a result whose <see cref="PcaResult.Problem"/> says what is wrong with the input.</returns>
    public static PcaResult Compute(double[][] rows, bool standardise)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (EmbeddingInput.Check(rows, minimumRows: 3, minimumColumns: 2, "A principal component analysis") is { } problem)
        {
            return PcaResult.Failed(problem);
        }

        var n = rows.Length;
        var p = rows[0].Length;
        var means = new double[p];
        var scales = new double[p];
        for (var c = 0; c < p; c++)
        {
            means[c] = ColumnMean(rows, c);
            scales[c] = standardise ? ColumnStandardDeviation(rows, c, means[c]) : 1;
            if (standardise && !(scales[c] > 0))
            {
                return PcaResult.Failed(
                    $"Column {c + 1} has the same value in every row, so it cannot be standardised: drop it or turn standardising off.");
            }
        }

        var centred = Matrix<double>.Build.Dense(n, p, (r, c) => (rows[r][c] - means[c]) / scales[c]);
        var (singularValues, directions) = Decompose(centred);
        var components = singularValues.Count;
        var loadings = directions.SubMatrix(0, p, 0, components);
        FixSigns(loadings);
        var scores = centred * loadings;

        var variances = singularValues.Select(s => s * s).ToArray();
        var total = variances.Sum();
        var ratios = variances.Select(v => total > 0 ? v / total : 0).ToArray();
        return new PcaResult(scores.ToRowArrays(), loadings.ToRowArrays(), ratios, means, scales, null);
    }

    /// <summary>
    /// The singular values (descending) and right singular vectors (as columns) of <paramref name="centred"/>. For
    /// tall matrices the SVD is taken of R from a thin QR (X = QR, so X and R share singular values and right vectors):
    /// the full SVD of a 7,000 × 6 matrix would build a 7,000 × 7,000 U that is never used.
    /// </summary>
    private static (IReadOnlyList<double> Values, Matrix<double> Directions) Decompose(Matrix<double> centred)
    {
        var square = centred.RowCount > centred.ColumnCount ? centred.QR(QRMethod.Thin).R : centred;
        var svd = square.Svd(computeVectors: true);
        var components = Math.Min(centred.RowCount, centred.ColumnCount);
        return (svd.S.Take(components).ToArray(), svd.VT.Transpose());
    }

    /// <summary>A component's sign is arbitrary; making its largest-|loading| entry positive fixes it.</summary>
    private static void FixSigns(Matrix<double> loadings)
    {
        for (var k = 0; k < loadings.ColumnCount; k++)
        {
            var column = loadings.Column(k);
            if (column[column.AbsoluteMaximumIndex()] < 0)
            {
                loadings.SetColumn(k, column.Negate());
            }
        }
    }

    private static double ColumnMean(double[][] rows, int column)
    {
        var sum = 0.0;
        foreach (var row in rows)
        {
            sum += row[column];
        }

        return sum / rows.Length;
    }

    private static double ColumnStandardDeviation(double[][] rows, int column, double mean)
    {
        var sum = 0.0;
        foreach (var row in rows)
        {
            var d = row[column] - mean;
            sum += d * d;
        }

        return Math.Sqrt(sum / (rows.Length - 1));
    }
}
