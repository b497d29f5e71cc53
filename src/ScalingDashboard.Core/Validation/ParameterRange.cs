namespace ScalingDashboard.Core.Validation;

/// <summary>
/// Bootstrap percentile intervals of one fitted parameter (or a quantity derived from the parameters, such as the
/// loss law's allocation exponents) at 80% and 95%; NaN bounds when no resample converged.
/// </summary>
/// <param name="Name">The parameter's name, or the derived quantity's (e.g. "a (N_opt exponent)").</param>
/// <param name="Value">Its value in the fit on all points.</param>
public sealed record ParameterRange(string Name, double Value, double Lower80, double Upper80, double Lower95, double Upper95)
{
    /// <summary>The two central coverages every parameter is given.</summary>
    public const double Narrow = 0.80;

    public const double Wide = 0.95;
}
