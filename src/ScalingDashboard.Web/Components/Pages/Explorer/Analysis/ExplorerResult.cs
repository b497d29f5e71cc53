using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

/// <summary>Everything the Explorer draws for one state, computed off the render thread.</summary>
public sealed record ExplorerResult(
    ExplorerState State,
    ResolvedView View,
    IReadOnlyList<BenchmarkData> Data,
    IReadOnlyList<BenchmarkFit> Fits,
    IReadOnlyList<(string FormId, ThresholdSweep Sweep)> Sweeps,
    SizeScatterResult? Size,
    TimeSpan Elapsed);
