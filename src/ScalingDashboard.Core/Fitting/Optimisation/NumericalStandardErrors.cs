using MathNet.Numerics.LinearAlgebra;

namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>
/// Asymptotic least-squares standard errors for forms fitted by an optimiser: <c>Cov = s² (JᵀJ)⁻¹</c> with J the
/// Jacobian of the curve in the form's own fit space (<see cref="IResponseTransform"/>, else y) by central differences
/// on the reported parameters, and <c>s² = RSS / (n - k)</c> over the points the fit used.
/// </summary>
/// <remarks>
/// For a Huber estimate this is the Gauss-Newton approximation at that estimate: exact for the quadratic part of the
/// loss and a fair guide where few residuals exceed delta. Parameters on a bound, and settings, get none (null), and
/// so does every parameter when JᵀJ is singular (a parameter the data cannot pin down, e.g. a break outside the data).
/// </remarks>
internal static class NumericalStandardErrors
{
    /// <summary>Relative step of the central differences: about the cube root of machine epsilon.</summary>
    private const double RelativeStep = 6e-6;

    /// <summary><paramref name="fit"/> with standard errors filled in where they can be estimated.</summary>
    public static FitResult Attach(IFitForm form, FitRequest request, FitResult fit) =>
        fit.Converged && CurveJacobian(form, request, fit) is var (jacobian, free, rss, usedCount)
            ? WithErrors(fit, jacobian, free, rss, usedCount)
            : fit;

    /// <summary>
    /// <see cref="Attach"/> and <see cref="TradeOffs.OfJacobian"/> from one Jacobian: the optimiser forms want both,
    /// and the Jacobian (central differences over every used point) is the costly part of each.
    /// </summary>
    public static (FitResult Fit, IReadOnlyList<string> TradeOffs) AttachWithTradeOffs(IFitForm form, FitRequest request, FitResult fit,
        IReadOnlyList<Centring> centrings)
    {
        if (!fit.Converged || CurveJacobian(form, request, fit) is not var (jacobian, free, rss, usedCount))
        {
            return (fit, []);
        }

        // Standard errors first: the trade-off test re-centres columns of the Jacobian in place.
        return (WithErrors(fit, jacobian, free, rss, usedCount), TradeOffs.OfJacobian(form, fit, jacobian, free, centrings));
    }

    private static FitResult WithErrors(FitResult fit, Matrix<double> jacobian, int[] free, double rss, int usedCount)
    {
        var information = jacobian.TransposeThisAndMultiply(jacobian);
        // A near-singular JᵀJ (condition beyond 1e14) gives numbers, not uncertainties: report none.
        if (!(information.ConditionNumber() < 1e14))
        {
            return fit;
        }

        var covariance = information.Inverse() * (rss / (usedCount - free.Length));
        var parameters = fit.Parameters.ToArray();
        for (var c = 0; c < free.Length; c++)
        {
            var variance = covariance[c, c];
            if (variance >= 0 && double.IsFinite(variance))
            {
                parameters[free[c]] = parameters[free[c]] with { StandardError = Math.Sqrt(variance) };
            }
        }

        return fit with { Parameters = parameters };
    }

    /// <summary>
    /// The Jacobian of the curve (in the form's fit space) at the fit's parameters over the points it used, by central
    /// differences on the fitted parameters not on a bound (<paramref name="free"/>, their indices), with the residual
    /// sum of squares; null when there is nothing to estimate or a number is not finite.
    /// </summary>
    public static (Matrix<double> Jacobian, int[] Free, double Rss, int Used)? CurveJacobian(IFitForm form, FitRequest request, FitResult fit)
    {
        var free = Enumerable.Range(0, form.Parameters.Count)
            .Where(k => form.Parameters[k].IsFitted && !fit.Parameters[k].AtBound).ToArray();
        var used = fit.Points.Where(p => p.UsedInFit).Select(p => p.Index).ToArray();
        if (free.Length == 0 || used.Length <= free.Length)
        {
            return null;
        }

        var values = fit.Values.ToArray();
        var transform = form as IResponseTransform;
        double Curve(double[] p, int i)
        {
            var y = form.EvaluateAt(p, request.X[i], request.X2At(i));
            return transform is null ? y : transform.ToFitSpace(p, y);
        }

        var jacobian = Matrix<double>.Build.Dense(used.Length, free.Length);
        var rss = 0.0;
        for (var r = 0; r < used.Length; r++)
        {
            var i = used[r];
            var observed = transform is null ? request.Y[i] : transform.ToFitSpace(values, request.Y[i]);
            var residual = observed - Curve(values, i);
            rss += residual * residual;
        }

        // Points with the same inputs have the same Jacobian row: a leaderboard's thousands of rows sit on a few dozen
        // sizes, so each row is computed once per distinct input and copied (the same numbers, a fraction of the work).
        var same = new int[used.Length];
        var first = new Dictionary<(double X, double X2), int>();
        for (var r = 0; r < used.Length; r++)
        {
            var key = (request.X[used[r]], request.X2At(used[r]));
            if (!first.TryGetValue(key, out same[r]))
            {
                first[key] = same[r] = r;
            }
        }

        for (var c = 0; c < free.Length; c++)
        {
            var k = free[c];
            var h = RelativeStep * Math.Max(Math.Abs(values[k]), 1e-8);
            var plus = (double[])values.Clone();
            var minus = (double[])values.Clone();
            plus[k] += h;
            minus[k] -= h;
            for (var r = 0; r < used.Length; r++)
            {
                jacobian[r, c] = same[r] == r ? (Curve(plus, used[r]) - Curve(minus, used[r])) / (2 * h) : jacobian[same[r], c];
            }
        }

        if (!double.IsFinite(rss) || !jacobian.Enumerate().All(double.IsFinite))
        {
            return null;
        }

        return (jacobian, free, rss, used.Length);

    }
}
