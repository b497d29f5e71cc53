using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>
/// Approximate p-value of "the smooth is zero": the Wald statistic of Wood (2013, "On p-values for smooth components of
/// an extended generalized additive model", Biometrika 100) with its rank truncated to the edf rounded to a whole number
/// (at least 1). With <c>X_s = QR</c>, the statistic is <c>T = (Rβ)' (R V_β R')ʳ⁻ (Rβ)</c> using the r leading
/// eigenpairs, referred to F(r, n - total edf) as <c>T / r</c>. This is the integer-rank branch of mgcv's
/// <c>testStat</c>; mgcv's fractional-rank mixture (for non-integer edf) is not implemented, so p-values near the
/// 0.01-0.5 range can differ from mgcv's by a factor up to about 2; tiny p-values agree in order of magnitude.
/// </summary>
internal static class SmoothSignificance
{
    public static double PValue(Vector<double> beta, Matrix<double> covariance, Matrix<double> crossProduct, double edf, double residualDf)
    {
        // Any R with R'R = X_s'X_s gives the same statistic; Λ^½U' from the eigen-decomposition also copes with a
        // rank-deficient X_s (a by level with fewer distinct x than basis functions), as mgcv's pivoted QR does.
        var cross = crossProduct.Evd(Symmetricity.Symmetric);
        var r = Matrix<double>.Build.DenseOfDiagonalArray(cross.EigenValues.Select(e => Math.Sqrt(Math.Max(e.Real, 0))).ToArray())
            * cross.EigenVectors.Transpose();
        var rotated = r * covariance * r.Transpose();
        var evd = ((rotated + rotated.Transpose()) / 2).Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, beta.Count).OrderByDescending(i => evd.EigenValues[i].Real).ToArray();
        var largest = evd.EigenValues[order[0]].Real;
        var usable = order.Count(i => evd.EigenValues[i].Real > largest * 1e-14);
        var rank = Math.Clamp((int)Math.Round(edf), 1, Math.Max(usable, 1));
        var rb = r * beta;
        var statistic = 0.0;
        for (var i = 0; i < rank; i++)
        {
            var projection = evd.EigenVectors.Column(order[i]).DotProduct(rb);
            statistic += projection * projection / evd.EigenValues[order[i]].Real;
        }

        return residualDf > 0 && double.IsFinite(statistic)
            ? SpecialFunctions.BetaRegularized(residualDf / 2, rank / 2.0, residualDf / (residualDf + statistic))
            : double.NaN;
    }
}
