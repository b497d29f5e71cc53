namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>The part of the Statistics page on screen (part of a link, so a colleague opens the same view).</summary>
public enum StatisticsSection
{
    Groups,
    Correlations,
    MixedModel,
    Clusters,
}
