namespace ScalingDashboard.Core.Analysis;

/// <summary>Everything a face shows for one analysis: pure data, computed once by <see cref="AnalysisRunner"/>.</summary>
public sealed record AnalysisResult(
    AnalysisSpec Spec,
    ResolvedAnalysis Resolved,
    IReadOnlyList<BenchmarkData> Data,
    IReadOnlyList<BenchmarkFit> Fits,
    IReadOnlyList<FormSweep> Sweeps,
    SizeScatterResult? Size,
    TimeSpan Elapsed)
{
    /// <summary>True when the analysis asks for bootstrap bands and they are still to come (the fits are final).</summary>
    public bool BandsPending { get; init; }

    /// <summary>Every one-line note of the analysis: problems resolving it and rows left out, per benchmark and fit, and by the size view.</summary>
    public IReadOnlyList<string> Notes =>
        [.. Resolved.Problems, .. Data.SelectMany(d => d.LeftOut), .. Fits.Where(f => f.LeftOut is not null).Select(f => f.LeftOut!),
            .. Size?.Notes ?? []];

    /// <summary>True when no benchmark has a usable row: the one case in which an analysis fails as a whole.</summary>
    public bool HasNoUsableRows => Data.All(d => d.X.Count == 0);
}
