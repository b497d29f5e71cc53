namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>A smooth's centred partial effect at <paramref name="X"/> and its pointwise (Bayesian) standard error.</summary>
public sealed record SmoothGridPoint(double X, double Fit, double Se);
