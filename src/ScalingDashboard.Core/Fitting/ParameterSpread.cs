namespace ScalingDashboard.Core.Fitting;

/// <summary>The range of one parameter over the optimiser runs that ended within 1% of the best objective.</summary>
public sealed record ParameterSpread(string Name, double Min, double Max);
