namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// One named parameter of a fit form, in the order <see cref="IFitForm.Evaluate"/> expects it.
/// Bounds are what the optimiser may explore (closed-form fits report values outside them rather than clamp).
/// A parameter that is not fitted (e.g. Qrandom) is a setting copied from the request so that a parameter
/// vector alone is enough to evaluate the curve.
/// </summary>
/// <param name="Name">Stable name used in JSON and URLs, e.g. "alpha".</param>
/// <param name="Min">Lower bound (may be negative infinity).</param>
/// <param name="Max">Upper bound (may be positive infinity).</param>
/// <param name="Description">One line for tooltips.</param>
/// <param name="IsFitted">False for settings taken from the request rather than estimated.</param>
public sealed record FitParameter(string Name, double Min, double Max, string Description, bool IsFitted = true)
{
    /// <summary>The chance-level score Qrandom: a setting the Eq 3 forms carry so a parameter vector evaluates alone.</summary>
    public static FitParameter ChanceLevel { get; } =
        new(Forms.LogAccuracyPowerLawForm.QRandomName, 0, 1, "Chance-level score (setting, not fitted)", IsFitted: false);

    /// <summary>A parameter the optimiser may move anywhere on the real line (closed-form fits mostly).</summary>
    public static FitParameter Free(string name, string description) =>
        new(name, double.NegativeInfinity, double.PositiveInfinity, description);

    /// <summary>A parameter bounded below by 0 and unbounded above (scales and coefficients).</summary>
    public static FitParameter Positive(string name, string description) => new(name, 0, double.PositiveInfinity, description);
}
