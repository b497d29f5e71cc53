using ScalingDashboard.Core.Analysis;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

/// <summary>What the Explorer draws for one state: the shared analysis result, and the state it was drawn for.</summary>
public sealed record ExplorerResult(ExplorerState State, AnalysisResult Analysis)
{
    public ResolvedAnalysis View => Analysis.Resolved;

    public IReadOnlyList<BenchmarkData> Data => Analysis.Data;

    public IReadOnlyList<BenchmarkFit> Fits => Analysis.Fits;

    public IReadOnlyList<FormSweep> Sweeps => Analysis.Sweeps;

    public SizeScatterResult? Size => Analysis.Size;

    public TimeSpan Elapsed => Analysis.Elapsed;

    public bool BandsPending => Analysis.BandsPending;
}
