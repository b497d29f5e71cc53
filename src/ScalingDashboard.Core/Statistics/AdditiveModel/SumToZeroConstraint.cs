using MathNet.Numerics.LinearAlgebra;

namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>
/// mgcv's identifiability constraint for a smooth: its values sum to zero over the fitted rows, i.e. <c>C β = 0</c> with
/// <c>C</c> the column sums of the model matrix. Absorbed as mgcv does by the QR (one Householder reflection) of
/// <c>C'</c>: the coefficients become <c>β = Z γ</c> with <c>Z</c> the last k-1 columns of the reflection.
/// </summary>
internal static class SumToZeroConstraint
{
    public static Matrix<double> NullSpace(double[] columnSums)
    {
        var k = columnSums.Length;
        var norm = Math.Sqrt(columnSums.Sum(c => c * c));
        var v = (double[])columnSums.Clone();
        v[0] += columnSums[0] >= 0 ? norm : -norm;
        var vv = v.Sum(c => c * c);
        var z = Matrix<double>.Build.Dense(k, k - 1);
        for (var i = 0; i < k; i++)
        {
            for (var j = 1; j < k; j++)
            {
                z[i, j - 1] = (i == j ? 1 : 0) - (2 * v[i] * v[j] / vv);
            }
        }

        return z;
    }
}
