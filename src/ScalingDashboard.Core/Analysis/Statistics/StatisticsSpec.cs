using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>
/// One statistical reassessment (seed 002) of a leaderboard, described the same way by every face: the Statistics
/// page's link and the CLI's <c>anova</c>, <c>tukey</c>, <c>correlate</c> and <c>gam</c> build this record (through
/// <see cref="StatisticsCodec"/> or their own arguments) and run it through <see cref="StatisticsRunner"/>.
/// Immutable, value-equal and valid by construction.
/// </summary>
public sealed record StatisticsSpec
{
    public static SpecRange<double> ConfidenceRange { get; } = new(0.5, 0.999);

    public string? DatasetId { get; init; }

    /// <summary>Score columns compared across groups and correlated; empty: every score column of the table.</summary>
    public ValueList<string> Benchmarks { get; init; } = [];

    public GroupingSpec Grouping { get; init; } = GroupingSpec.Default;

    /// <summary>Family-wise confidence of the Tukey intervals; 1 - confidence is the ANOVA's significance level.</summary>
    public double Confidence { get; init => field = ConfidenceRange.Check(value, nameof(Confidence)); } = 0.95;

    public CorrelationMethod Correlation { get; init; } = CorrelationMethod.Pearson;

    public MixedModelSpec Model { get; init; } = MixedModelSpec.Default;

    public EmbeddingSpec Embedding { get; init; } = EmbeddingSpec.Default;

    public StatisticsSection Section { get; init; } = StatisticsSection.Groups;
}
