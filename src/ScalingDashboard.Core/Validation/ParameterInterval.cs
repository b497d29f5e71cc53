namespace ScalingDashboard.Core.Validation;

/// <summary>Bootstrap percentile interval of one fitted parameter.</summary>
public sealed record ParameterInterval(string Name, double Value, double Lower, double Upper);
