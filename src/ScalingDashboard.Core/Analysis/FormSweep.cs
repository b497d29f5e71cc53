using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Analysis;

/// <summary>The threshold sweep of one form on the analysis's first benchmark.</summary>
public sealed record FormSweep(string FormId, ThresholdSweep Sweep);
