namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// The outcome of <see cref="IFitForm.Fit"/>. A failed fit is still a result (Converged = false, Message says why,
/// parameter values NaN) so that callers such as a threshold sweep can carry on and report the failure.
/// </summary>
public sealed record FitResult
{
    /// <summary>Id of the form that produced this result.</summary>
    public required string FormId { get; init; }

    /// <summary>One estimate per <see cref="IFitForm.Parameters"/>, same order.</summary>
    public required IReadOnlyList<ParameterEstimate> Parameters { get; init; }

    /// <summary>The straight line behind a linearised fit; null for forms fitted in their own space.</summary>
    public LinearFit? Linear { get; init; }

    /// <summary>False when no usable estimate was found; the parameters are then NaN.</summary>
    public required bool Converged { get; init; }

    /// <summary>How the fit was obtained, or why it failed (one line, for users).</summary>
    public required string Message { get; init; }

    /// <summary>Every request point with its prediction, in request order.</summary>
    public required IReadOnlyList<FitPoint> Points { get; init; }

    /// <summary>Errors on the points used in the fit, in the original y scale.</summary>
    public required ErrorMetrics Train { get; init; }

    /// <summary>AIC/BIC under a Gaussian likelihood in the fit's own residual space; null for failed fits or n &lt;= k.</summary>
    public InformationCriteria? InformationCriteria { get; init; }

    /// <summary>How the optimiser's starts fared and which parameters the data do not pin; null for closed-form and linear fits.</summary>
    public FitDiagnostics? Diagnostics { get; init; }

    /// <summary>
    /// For a multi-start search: every local run's end point (parameter values in <see cref="Parameters"/> order) and
    /// the objective it reached, in start order; empty for forms that do not report them. Raw material for
    /// diagnostics such as how many starts reached the best objective.
    /// </summary>
    public IReadOnlyList<(double Objective, double[] Point)> LocalRuns { get; init; } = [];

    /// <summary>
    /// A converged fit: the one constructor the forms use for success, so each states only what differs (its
    /// estimates, how it got them, its points and its residual space) rather than the whole record again.
    /// </summary>
    internal static FitResult Succeeded(string formId, IReadOnlyList<ParameterEstimate> parameters, string message,
        IReadOnlyList<FitPoint> points, ErrorMetrics train, InformationCriteria? criteria, LinearFit? linear = null) => new()
        {
            FormId = formId,
            Parameters = parameters,
            Linear = linear,
            Converged = true,
            Message = message,
            Points = points,
            Train = train,
            InformationCriteria = criteria,
        };

    /// <summary>Parameter values in <see cref="IFitForm.Parameters"/> order, ready for <see cref="IFitForm.Evaluate"/>.</summary>
    public IReadOnlyList<double> Values
    {
        get
        {
            var values = new double[Parameters.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Parameters[i].Value;
            }

            return values;
        }
    }

    /// <summary>Names of parameters an optimiser left on a bound.</summary>
    public IReadOnlyList<string> ParametersAtBound =>
        Parameters.Where(p => p.AtBound).Select(p => p.Name).ToArray();

    /// <summary>The estimate with this name (ordinal).</summary>
    /// <exception cref="KeyNotFoundException">When the form has no such parameter.</exception>
    public ParameterEstimate Parameter(string name)
    {
        foreach (var p in Parameters)
        {
            if (string.Equals(p.Name, name, StringComparison.Ordinal))
            {
                return p;
            }
        }

        throw new KeyNotFoundException($"Form '{FormId}' has no parameter '{name}'.");
    }
}
