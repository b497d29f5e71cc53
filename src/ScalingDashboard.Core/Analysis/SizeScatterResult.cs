using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// Score against parameter count (000_*): the models with a size, the log-linear fit through them, the models on
/// the size frontier (004_*), and closed models placed at the size their score implies, with an interval (at most
/// <see cref="SizeScatter.MaxClosedPlaced"/> of <see cref="ClosedTotal"/>).
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
    string? Problem)
{
    /// <summary>Rows with a score but no known size (0, negative, empty or '?') and not marked closed: left out.</summary>
    public int UnknownSize { get; init; }

    /// <summary>Closed models with a score; <see cref="Closed"/> holds the ones placed.</summary>
    public int ClosedTotal { get; init; }

    /// <summary>One line per thing the view left out or capped, also among the analysis's notes.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
