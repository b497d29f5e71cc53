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
    TimeSpan Elapsed)
{
    /// <summary>True when the view asks for bootstrap bands and they are still being computed (the fits are final).</summary>
    public bool BandsPending { get; init; }
}
