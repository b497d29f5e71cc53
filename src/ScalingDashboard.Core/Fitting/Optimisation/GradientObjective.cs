namespace ScalingDashboard.Core.Fitting.Optimisation;

/// <summary>An objective for the hand-written minimisers here: returns f(x) and writes its gradient into the span.</summary>
internal delegate double GradientObjective(ReadOnlySpan<double> x, Span<double> gradient);
