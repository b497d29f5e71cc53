namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>Which results a run computes: a CLI command or a page section asks only for what it shows.</summary>
[Flags]
public enum StatisticsParts
{
    None = 0,
    Groups = 1,
    Correlation = 2,
    Model = 4,
    Embedding = 8,
    All = Groups | Correlation | Model | Embedding,
}
