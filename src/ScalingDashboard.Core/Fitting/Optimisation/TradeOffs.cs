using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// Pairs of parameters the data cannot pin separately, from the Gauss-Newton information matrix JᵀJ of the curve at
/// the fit: a correlation of the estimates above <see cref="FitDiagnostics.TradeOffCorrelation"/> in absolute value,
/// or an information matrix so near singular that some combination of parameters is not determined at all. Each
/// finding is one line naming the parameters.
/// </summary>
internal static class TradeOffs
{
    /// <summary>Smallest over largest eigenvalue of the unit-diagonal information below which it counts as singular.</summary>
    private const double SingularRatio = 1e-10;

    /// <summary>
    /// Trade-offs among the fitted parameters of <paramref name="fit"/> not on a bound (<paramref name="free"/>), from the
    /// curve's Jacobian in the form's fit space (<see cref="NumericalStandardErrors.CurveJacobian"/>), whose columns are
    /// re-centred in place.
    /// </summary>
    public static IReadOnlyList<string> OfJacobian(IFitForm form, FitResult fit, Matrix<double> jacobian, int[] free, IReadOnlyList<Centring> centrings)
    {
        var names = free.Select(k => form.Parameters[k].Name).ToArray();
        foreach (var centring in centrings)
        {
            var c = Array.IndexOf(names, centring.Coefficient);
            var e = Array.IndexOf(names, centring.Exponent);
            if (c < 0 || e < 0)
            {
                continue;
            }

            // With ln A = ln A' + alpha m, d/d alpha at fixed A' is d/d alpha + m A d/dA.
            var value = fit.Parameters[free[c]].Value;
            jacobian.SetColumn(e, jacobian.Column(e) + (centring.LogCentre * value * jacobian.Column(c)));
        }

        return OfInformation(names, jacobian.TransposeThisAndMultiply(jacobian));
    }

    /// <summary>Trade-offs from an information matrix (JᵀJ, or a Gauss-Newton Hessian) over the named parameters.</summary>
    public static IReadOnlyList<string> OfInformation(IReadOnlyList<string> names, Matrix<double> information)
    {
        var warnings = new List<string>();
        if (!information.Enumerate().All(double.IsFinite))
        {
            return warnings;
        }

        // A parameter that does not move the curve at all is its own problem, and would make everything else singular.
        var kept = new List<int>();
        for (var k = 0; k < names.Count; k++)
        {
            if (information[k, k] > 0)
            {
                kept.Add(k);
            }
            else
            {
                warnings.Add($"{names[k]} does not change the fitted curve at the data: the data say nothing about it");
            }
        }

        if (kept.Count < 2)
        {
            return warnings;
        }

        // Unit diagonal: correlations are scale-free, and the eigenvalue test then compares like with like.
        var scaled = Matrix<double>.Build.Dense(kept.Count, kept.Count,
            (i, j) => information[kept[i], kept[j]] / Math.Sqrt(information[kept[i], kept[i]] * information[kept[j], kept[j]]));
        // Diagonals near the largest double overflow their product: such a matrix says nothing usable.
        if (!scaled.Enumerate().All(double.IsFinite))
        {
            return warnings;
        }

        var evd = scaled.Evd(Symmetricity.Symmetric);
        var eigen = evd.EigenValues.Select(v => v.Real).ToArray();
        var smallest = Array.IndexOf(eigen, eigen.Min());
        if (!(eigen[smallest] > SingularRatio * eigen.Max()))
        {
            // The direction the data do not see: name its two largest components.
            var direction = evd.EigenVectors.Column(smallest);
            var order = Enumerable.Range(0, kept.Count).OrderByDescending(i => Math.Abs(direction[i])).ToArray();
            warnings.Add($"{names[kept[order[0]]]} and {names[kept[order[1]]]} trade off (near-singular Hessian): the data do not pin them separately");
            return warnings;
        }

        var covariance = scaled.Inverse();
        for (var i = 0; i < kept.Count; i++)
        {
            for (var j = i + 1; j < kept.Count; j++)
            {
                var r = covariance[i, j] / Math.Sqrt(covariance[i, i] * covariance[j, j]);
                if (Math.Abs(r) > FitDiagnostics.TradeOffCorrelation)
                {
                    warnings.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{names[kept[i]]} and {names[kept[j]]} trade off (correlation {r:F3}): the data do not pin them separately"));
                }
            }
        }

        return warnings;
    }
}
