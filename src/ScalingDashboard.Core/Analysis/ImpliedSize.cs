namespace ScalingDashboard.Core.Analysis;

/// <summary>A model without a published size, placed by inverting the log-linear fit at its score.</summary>
public sealed record ImpliedSize(string Label, double Score, double Size, double Lower, double Upper);
