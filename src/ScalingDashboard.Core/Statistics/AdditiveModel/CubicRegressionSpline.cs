using MathNet.Numerics.LinearAlgebra;

namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>
/// mgcv's <c>bs="cr"</c> basis (Wood 2017, section 5.3.1): a natural cubic spline parametrised by its values at k knots,
/// the knots at evenly spaced quantiles (R's type 7) of the distinct x values, and the penalty
/// <c>S = D' B⁻¹ D</c> (the integrated squared second derivative).
/// </summary>
internal sealed class CubicRegressionSpline
{
    private readonly double[] _knots;
    private readonly double[] _h;

    /// <summary>Second derivatives at the knots from the knot values: rows 0 and k-1 are zero (natural spline).</summary>
    private readonly Matrix<double> _f;

    private CubicRegressionSpline(double[] knots)
    {
        _knots = knots;
        var k = knots.Length;
        _h = new double[k - 1];
        for (var i = 0; i < k - 1; i++)
        {
            _h[i] = knots[i + 1] - knots[i];
        }

        var d = Matrix<double>.Build.Dense(k - 2, k);
        var b = Matrix<double>.Build.Dense(k - 2, k - 2);
        for (var i = 0; i < k - 2; i++)
        {
            d[i, i] = 1 / _h[i];
            d[i, i + 1] = -1 / _h[i] - 1 / _h[i + 1];
            d[i, i + 2] = 1 / _h[i + 1];
            b[i, i] = (_h[i] + _h[i + 1]) / 3;
            if (i < k - 3)
            {
                b[i, i + 1] = b[i + 1, i] = _h[i + 1] / 6;
            }
        }

        var binvD = b.Solve(d);
        _f = Matrix<double>.Build.Dense(k, k);
        _f.SetSubMatrix(1, 0, binvD);
        var s = d.TransposeThisAndMultiply(binvD);
        Penalty = (s + s.Transpose()) / 2;
    }

    public IReadOnlyList<double> Knots => _knots;

    public int Dimension => _knots.Length;

    /// <summary>The unscaled penalty matrix (k x k, rank k-2).</summary>
    public Matrix<double> Penalty { get; }

    /// <summary>Knots as mgcv places them: <c>quantile(unique(x), seq(0, 1, length = k))</c>.</summary>
    public static CubicRegressionSpline ForData(double[] sortedDistinct, int k)
    {
        var knots = new double[k];
        var n = sortedDistinct.Length;
        for (var j = 0; j < k; j++)
        {
            var position = (n - 1) * (double)j / (k - 1);
            var low = Math.Min((int)Math.Floor(position), n - 1);
            var high = Math.Min(low + 1, n - 1);
            knots[j] = sortedDistinct[low] + ((position - low) * (sortedDistinct[high] - sortedDistinct[low]));
        }

        knots[k - 1] = sortedDistinct[n - 1];
        return new CubicRegressionSpline(knots);
    }

    /// <summary>Fills <paramref name="row"/> (length k) with the basis at <paramref name="x"/>, clamped to the knot range.</summary>
    public void Evaluate(double x, Span<double> row)
    {
        row.Clear();
        var k = _knots.Length;
        x = Math.Clamp(x, _knots[0], _knots[k - 1]);
        var j = Array.BinarySearch(_knots, x);
        j = j >= 0 ? Math.Min(j, k - 2) : Math.Min(~j - 1, k - 2);
        var h = _h[j];
        var right = _knots[j + 1] - x;
        var left = x - _knots[j];
        var cMinus = ((right * right * right / h) - (h * right)) / 6;
        var cPlus = ((left * left * left / h) - (h * left)) / 6;
        row[j] += right / h;
        row[j + 1] += left / h;
        for (var c = 0; c < k; c++)
        {
            row[c] += (cMinus * _f[j, c]) + (cPlus * _f[j + 1, c]);
        }
    }
}
