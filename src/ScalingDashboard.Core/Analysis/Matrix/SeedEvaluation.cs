using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>One evaluation split: its seed, the method's and the baseline's metrics on its held-out cells, and the cells.</summary>
public sealed record SeedEvaluation(int Seed, CompletionMetrics Metrics, CompletionMetrics Baseline, IReadOnlyList<CellPrediction> HeldOut);
