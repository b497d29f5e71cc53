using MathNet.Numerics.LinearAlgebra;

namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>
/// The model matrix of the additive model reduced to its cross products, built in one pass over the rows. Columns:
/// intercept, by-level effects (levels 1..L-1), one constrained smooth block of k-1 columns per by level, then one
/// dummy column per random-effect level. Each row has at most k+2 non-zeros, so X'X costs O(n k²).
/// </summary>
internal sealed class PenalizedDesign
{
    private PenalizedDesign(
        Matrix<double> xtx, Vector<double> xty, double yty, List<PenaltyBlock> penalties, int nullSpaceDimension,
        int[] smoothOffsets, Matrix<double> constraint, double[] smoothRows, int randomOffset)
    {
        CrossProduct = xtx;
        XtY = xty;
        YtY = yty;
        Penalties = penalties;
        NullSpaceDimension = nullSpaceDimension;
        SmoothOffsets = smoothOffsets;
        Constraint = constraint;
        SmoothRows = smoothRows;
        RandomOffset = randomOffset;
    }

    public Matrix<double> CrossProduct { get; }

    public Vector<double> XtY { get; }

    public double YtY { get; }

    /// <summary>The smooths' penalties (one per by level, in level order), then the random effect's, if any.</summary>
    public List<PenaltyBlock> Penalties { get; }

    /// <summary>Dimension of the unpenalised space (mgcv's Mp): intercept, by effects and each smooth's linear part.</summary>
    public int NullSpaceDimension { get; }

    public int[] SmoothOffsets { get; }

    /// <summary>The k x (k-1) map from constrained to knot-value coefficients (shared by all by levels).</summary>
    public Matrix<double> Constraint { get; }

    /// <summary>Per row, the k-1 constrained basis values of its smooth (row-major).</summary>
    public double[] SmoothRows { get; }

    /// <summary>First random-effect column, or -1.</summary>
    public int RandomOffset { get; }

    public int ColumnCount => CrossProduct.RowCount;

    public static PenalizedDesign Build(ModelRows rows, CubicRegressionSpline spline, CancellationToken cancellationToken)
    {
        var n = rows.Count;
        var k = spline.Dimension;
        var levels = rows.ByNames.Length;
        var basis = new double[n * k];
        var columnSums = new double[k];
        var maxRowSum = 0.0;
        for (var i = 0; i < n; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = basis.AsSpan(i * k, k);
            spline.Evaluate(rows.X[i], row);
            var rowSum = 0.0;
            for (var c = 0; c < k; c++)
            {
                columnSums[c] += row[c];
                rowSum += Math.Abs(row[c]);
            }

            maxRowSum = Math.Max(maxRowSum, rowSum);
        }

        // As mgcv's smoothCon, the constraint comes from the basis over all rows, before a by factor splits it, so
        // every level's smooth sums to zero over all rows' x (not just its own).
        var constraint = SumToZeroConstraint.NullSpace(columnSums);
        var smoothRows = Constrain(basis, rows.Count, constraint, k);
        var firstSmooth = levels;
        var smoothOffsets = Enumerable.Range(0, levels).Select(l => firstSmooth + (l * (k - 1))).ToArray();
        var groups = rows.GroupNames.Length;
        var randomOffset = rows.Groups is null ? -1 : firstSmooth + (levels * (k - 1));
        var p = firstSmooth + (levels * (k - 1)) + groups;
        var (xtx, xty, yty) = CrossProducts(rows, smoothRows, smoothOffsets, randomOffset, p, k - 1, cancellationToken);

        // mgcv rescales each penalty by ||S||_1 / ||X||_inf² (smoothCon's scale.penalty) so smoothing parameters are
        // comparable; only the reported REML score depends on it, the fit does not.
        var scaled = spline.Penalty / (spline.Penalty.L1Norm() / (maxRowSum * maxRowSum));
        var constrainedPenalty = constraint.TransposeThisAndMultiply(scaled) * constraint;
        var penalties = smoothOffsets.Select(offset => SmoothPenalty(offset, constrainedPenalty, k - 2)).ToList();
        if (groups > 0)
        {
            penalties.Add(new PenaltyBlock(randomOffset, Matrix<double>.Build.DenseIdentity(groups), groups, 0));
        }

        return new PenalizedDesign(xtx, xty, yty, penalties, 2 * levels, smoothOffsets, constraint, smoothRows, randomOffset);
    }

    private static double[] Constrain(double[] basis, int n, Matrix<double> z, int k)
    {
        var m = k - 1;
        var result = new double[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c < m; c++)
            {
                var sum = 0.0;
                for (var r = 0; r < k; r++)
                {
                    sum += basis[(i * k) + r] * z[r, c];
                }

                result[(i * m) + c] = sum;
            }
        }

        return result;
    }

    private static (Matrix<double> XtX, Vector<double> XtY, double YtY) CrossProducts(
        ModelRows rows, double[] smoothRows, int[] smoothOffsets, int randomOffset, int p, int m, CancellationToken cancellationToken)
    {
        var xtx = new double[p, p];
        var xty = new double[p];
        var yty = 0.0;
        var index = new int[m + 3];
        var value = new double[m + 3];
        for (var i = 0; i < rows.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var count = 0;
            index[count] = 0;
            value[count++] = 1;
            var level = rows.ByLevel(i);
            if (level > 0)
            {
                index[count] = level;
                value[count++] = 1;
            }

            for (var c = 0; c < m; c++)
            {
                index[count] = smoothOffsets[level] + c;
                value[count++] = smoothRows[(i * m) + c];
            }

            if (rows.Groups is { } groups)
            {
                index[count] = randomOffset + groups[i];
                value[count++] = 1;
            }

            var y = rows.Y[i];
            yty += y * y;
            for (var a = 0; a < count; a++)
            {
                xty[index[a]] += value[a] * y;
                for (var b = 0; b < count; b++)
                {
                    xtx[index[a], index[b]] += value[a] * value[b];
                }
            }
        }

        return (Matrix<double>.Build.DenseOfArray(xtx), Vector<double>.Build.DenseOfArray(xty), yty);
    }

    private static PenaltyBlock SmoothPenalty(int offset, Matrix<double> s, int rank)
    {
        s = (s + s.Transpose()) / 2;
        var eigenvalues = s.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).OrderByDescending(e => e);
        return new PenaltyBlock(offset, s, rank, eigenvalues.Take(rank).Sum(Math.Log));
    }
}
