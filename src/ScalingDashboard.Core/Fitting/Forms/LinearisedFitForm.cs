using ScalingDashboard.Core.Fitting.Optimisation;

namespace ScalingDashboard.Core.Fitting.Forms;

/// <summary>
/// Base for forms fitted in closed form as a straight line v = intercept + slope * u after transforming x to u and
/// y to v (log-linear, log-log). Subclasses say how to transform and how the line maps to named parameters.
/// </summary>
public abstract class LinearisedFitForm : FitForm
{
    private readonly string _domain;
    private readonly string _residualSpace;

    /// <param name="domain">Where the transforms are defined, for the failure message, e.g. "x &gt; 0".</param>
    /// <param name="residualSpace">The transformed y the line is fitted in, e.g. "ln L", for <see cref="FitResult.InformationCriteria"/>.</param>
    private protected LinearisedFitForm(string id, string displayName, string formula, IReadOnlyList<FitParameter> parameters, string domain, string residualSpace)
        : base(id, displayName, formula, parameters, isInvertible: true)
    {
        _domain = domain;
        _residualSpace = residualSpace;
    }

    public sealed override FitResult Fit(FitRequest request)
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
            return FailedFit.Create(this, request, $"Needs at least 2 points at distinct x inside the domain ({_domain}); found {line.Count}.");
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

        var message = $"Closed-form OLS over {fit.Count} of {n} points.";
        var criteria = InformationCriteria.Create(fit.Count, 2, fit.ResidualSumOfSquares, _residualSpace);
        return FitResult.Succeeded(Id, parameters, message, points, errors.ToMetrics(), criteria, linear: fit);
    }

    /// <summary>u for x; NaN or infinity when x is outside the domain.</summary>
    protected abstract double TransformX(double x);

    /// <summary>v for y; NaN or infinity when y is outside the domain.</summary>
    protected abstract double TransformY(double y);

    /// <summary>Named parameters (with standard errors) of the fitted line.</summary>
    protected abstract IReadOnlyList<ParameterEstimate> ToParameters(LinearFit line);
}
