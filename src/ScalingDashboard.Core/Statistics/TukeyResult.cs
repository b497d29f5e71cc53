namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// Tukey's honest significant difference test: the critical studentized range, every pair of groups in R's order,
/// a compact letter display, and the ANOVA it rests on. When <see cref="Problem"/> is set, there are no pairs.
/// </summary>
public sealed record TukeyResult
{
    /// <summary>qtukey(confidence, groups, dfWithin): the interval half-width is this times the pair's standard error.</summary>
    public required double QCritical { get; init; }

    public required IReadOnlyList<TukeyPair> Pairs { get; init; }

    /// <summary>Letters per group, groups in ordinal order of their names (as in <see cref="AnovaResult.Groups"/>).</summary>
    public required IReadOnlyList<GroupLetters> Letters { get; init; }

    public required AnovaResult Anova { get; init; }

    public string? Problem { get; init; }
}
