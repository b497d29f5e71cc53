namespace ScalingDashboard.Core.Analysis;

/// <summary>Which outputs a face wants computed; the analysis itself (and every number in it) is the same.</summary>
[Flags]
public enum AnalysisParts
{
    /// <summary>Fits, metrics, points with their sets, inverse predictions.</summary>
    Fits = 1,

    /// <summary>The threshold sweep of the first benchmark (seed 003 Appendix C).</summary>
    Sweep = 2,

    /// <summary>Score against parameters with the log-linear line, the size frontier and implied sizes.</summary>
    Size = 4,

    /// <summary>Bootstrap bands and intervals, when the analysis asks for a bootstrap.</summary>
    Bands = 8,

    All = Fits | Sweep | Size | Bands,
}
