namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// The one-way analysis of variance table. <see cref="P"/> is the F distribution's upper tail at <see cref="F"/>;
/// <see cref="Log10P"/> is its base-10 logarithm, finite for every finite F even where P itself underflows to 0.
/// When <see cref="Problem"/> is set, the numbers that could not be computed are NaN.
/// </summary>
public sealed record AnovaResult
{
    /// <summary>The groups with data, in ordinal order of their names.</summary>
    public required IReadOnlyList<GroupSummary> Groups { get; init; }

    /// <summary>Values used (finite value and a group name).</summary>
    public required int N { get; init; }

    /// <summary>Values left out: NaN or infinite, or without a group name.</summary>
    public required int LeftOut { get; init; }

    public required double SsBetween { get; init; }

    public required double SsWithin { get; init; }

    public required int DfBetween { get; init; }

    public required int DfWithin { get; init; }

    public required double MsBetween { get; init; }

    public required double MsWithin { get; init; }

    public required double F { get; init; }

    public required double P { get; init; }

    public required double Log10P { get; init; }

    /// <summary>Why the table is incomplete, in one plain sentence; null when it is complete.</summary>
    public string? Problem { get; init; }
}
