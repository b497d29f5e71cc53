using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// Score against parameter count (000_*): the models with a size, the log-linear fit through them, the models on
/// the size frontier (004_*), and closed models placed at the size their score implies, with an interval.
/// </summary>
public sealed record SizeScatterResult(
    string Benchmark,
    string SizeColumn,
    IReadOnlyList<double> Size,
    IReadOnlyList<double> Score,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Groups,
    FitResult? Fit,
    IReadOnlyList<int> Frontier,
    IReadOnlyList<ImpliedSize> Closed,
    string? Problem);
