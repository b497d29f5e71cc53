namespace ScalingDashboard.Core.Fitting;

/// <summary>A fitted (or fixed) parameter value.</summary>
/// <param name="Name">Matches <see cref="FitParameter.Name"/>.</param>
/// <param name="Value">The estimate.</param>
/// <param name="StandardError">Null when not estimable (fixed setting, or too few points for a residual variance).</param>
/// <param name="AtBound">True when an optimiser stopped on this parameter's bound: its standard error is then not meaningful.</param>
public sealed record ParameterEstimate(string Name, double Value, double? StandardError, bool AtBound = false);
