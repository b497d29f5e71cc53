using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>Everything a face shows of a statistics view; parts not asked for are empty or null.</summary>
public sealed record StatisticsResult(
    StatisticsSpec Spec,
    ResolvedStatistics Resolved,
    IReadOnlyList<GroupComparison> Groups,
    CorrelationMatrix? Correlation,
    MixedModelOutcome? Model,
    EmbeddingOutcome? Embedding);
