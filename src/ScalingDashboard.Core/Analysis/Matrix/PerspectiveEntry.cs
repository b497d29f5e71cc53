using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>One model (CPP-0/2) or task (T0/2) hidden and predicted: its metrics, the baseline's, and each cell.</summary>
public sealed record PerspectiveEntry(string Name, int Index, CompletionMetrics Metrics, CompletionMetrics Baseline, IReadOnlyList<CellPrediction> Cells);
