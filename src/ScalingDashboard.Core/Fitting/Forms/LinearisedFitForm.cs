using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Base for forms fitted in closed form as a straight line v = intercept + slope * u after transforming x to u and
/// y to v (log-linear, log-log). Subclasses say how to transform and how the line maps to named parameters.
/// </summary>
public abstract class LinearisedFitForm : IFitForm
{
    public abstract string Id { get; }

    public abstract string DisplayName { get; }

    public abstract string Formula { get; }

    public abstract IReadOnlyList<FitParameter> Parameters { get; }

    public bool IsInvertible => true;

    /// <summary>Both built-in linearised forms (log-linear, log-log) take a log of x.</summary>
    public virtual bool RequiresPositiveX => true;

    public abstract double Evaluate(IReadOnlyList<double> parameters, double x);

    public abstract bool TryInvert(IReadOnlyList<double> parameters, double y, out double x);

    public FitResult Fit(FitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var xs = request.X;
        var ys = request.Y;
        var n = xs.Count;
        var used = new bool[n];
        var line = new LinearAccumulator();
        for (var i = 0; i < n; i++)
        {
            if (TransformX(xs[i]) is var u && double.IsFinite(u) && TransformY(ys[i]) is var v && double.IsFinite(v))
            {
                line.Add(u, v);
                used[i] = true;
            }
        }

        if (!line.IsDetermined)
        {
            return FailedFit.Create(this, request, $"Needs at least 2 points at distinct x inside the domain ({Domain}); found {line.Count}.");
        }

        var fit = line.ToLinearFit();
        var parameters = ToParameters(fit);
        var values = new double[parameters.Count];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = parameters[k].Value;
        }

        var points = new FitPoint[n];
        var errors = new ErrorAccumulator();
        for (var i = 0; i < n; i++)
        {
            var predicted = Evaluate(values, xs[i]);
            points[i] = new FitPoint(i, xs[i], ys[i], predicted, used[i], request.Labels?[i]);
            if (used[i])
            {
                errors.Add(ys[i], predicted);
            }
        }

        return new FitResult
        {
            FormId = Id,
            Parameters = parameters,
            Linear = fit,
            Converged = true,
            Message = $"Closed-form OLS over {fit.Count} of {n} points.",
            Points = points,
            Train = errors.ToMetrics(),
            InformationCriteria = InformationCriteria.Create(fit.Count, 2, fit.ResidualSumOfSquares, ResidualSpace),
        };
    }

    /// <summary>Where the transforms are defined, for the failure message, e.g. "x &gt; 0".</summary>
    protected abstract string Domain { get; }

    /// <summary>The transformed y the line is fitted in, e.g. "ln L", for <see cref="FitResult.InformationCriteria"/>.</summary>
    protected abstract string ResidualSpace { get; }

    /// <summary>u for x; NaN or infinity when x is outside the domain.</summary>
    protected abstract double TransformX(double x);

    /// <summary>v for y; NaN or infinity when y is outside the domain.</summary>
    protected abstract double TransformY(double y);

    /// <summary>Named parameters (with standard errors) of the fitted line.</summary>
    protected abstract IReadOnlyList<ParameterEstimate> ToParameters(LinearFit line);

    /// <summary>Null for NaN so JSON shows "not estimable" rather than NaN.</summary>
    protected static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;
}
