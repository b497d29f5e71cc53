namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// A scaling-law functional form: how to fit it, evaluate it and (where monotone) invert it.
/// Implementations are stateless and thread-safe; every method is a pure function of its arguments.
/// </summary>
public interface IFitForm
{
    /// <summary>Stable id used in URLs and the CLI, e.g. "log-accuracy-power-law". Never change once published.</summary>
    string Id { get; }

    /// <summary>Human-readable name.</summary>
    string DisplayName { get; }

    /// <summary>The formula as plain text, e.g. "-ln Q' = A * C^(-alpha)".</summary>
    string Formula { get; }

    /// <summary>Named parameters in the order <see cref="Evaluate"/> takes them.</summary>
    IReadOnlyList<FitParameter> Parameters { get; }

    /// <summary>True when the curve is monotone in x so <see cref="TryInvert"/> can succeed.</summary>
    bool IsInvertible { get; }

    /// <summary>True when the form takes a log of x, so x &lt;= 0 is outside its domain (callers can refuse such data
    /// up front instead of letting the fit drop those rows silently).</summary>
    bool RequiresPositiveX { get; }

    /// <summary>The curve's y at x, in the original y scale; NaN outside the form's domain.</summary>
    double Evaluate(IReadOnlyList<double> parameters, double x);

    /// <summary>The x at which the curve reaches y; false when y is outside the curve's range or the form is not monotone.</summary>
    bool TryInvert(IReadOnlyList<double> parameters, double y, out double x);

    /// <summary>Fits the form to the request's points.</summary>
    FitResult Fit(FitRequest request);
}
