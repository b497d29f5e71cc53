using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// The model perspective (or its task analogue): for each model (task) with more than <see cref="Kept"/> known cells,
/// all but <see cref="Kept"/> of them hidden and predicted from the rest. Pooled: the metrics over every predicted cell.
/// </summary>
public sealed record PerspectiveOutcome(
    MatrixPerspective Perspective,
    int Kept,
    IReadOnlyList<PerspectiveEntry> Entries,
    CompletionMetrics Pooled,
    CompletionMetrics BaselinePooled,
    IReadOnlyList<string> Skipped);
