using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Cli;

/// <summary>One fit of an analysis with the names the text and JSON writers print.</summary>
internal sealed record FitReport(BenchmarkFit Fit, BenchmarkData Data, AnalysisSpec Spec, string DataPath, string XColumn, string? X2Column, int RowCount)
{
    /// <summary>The compute-optimal allocations asked for with --optimal-at (loss-params-tokens only).</summary>
    public IReadOnlyList<ComputeAllocation> Optimal { get; init; } = [];
}
