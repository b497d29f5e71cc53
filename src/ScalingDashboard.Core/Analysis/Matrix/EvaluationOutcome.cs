using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// The seed's benchmark perspective: a share of known cells held out in each of several seeded splits. Mean and
/// Spread (sample standard deviation over splits) of the method's metrics, and the same for the per-task-mean baseline.
/// </summary>
public sealed record EvaluationOutcome(
    IReadOnlyList<SeedEvaluation> Splits,
    CompletionMetrics Mean,
    CompletionMetrics Spread,
    CompletionMetrics BaselineMean,
    CompletionMetrics BaselineSpread);
