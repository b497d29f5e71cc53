namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>
/// The additive mixed model <c>y ~ s(x) + s(random, bs="re")</c> (optionally <c>s(x, by=By) + By</c>), with y and x
/// optionally on a natural-log scale, in the numbers as the file writes them (so <c>log(params_b)</c>, as in mgcv).
/// Null columns: the first benchmark, the parameter column, the family/architecture column.
/// </summary>
public sealed record MixedModelSpec
{
    public static MixedModelSpec Default { get; } = new();

    public string? Y { get; init; }

    public string? X { get; init; }

    public bool LogY { get; init; } = true;

    public bool LogX { get; init; } = true;

    public string? Random { get; init; }

    /// <summary>A factor giving one smooth per level (plus a level effect); null for a single smooth.</summary>
    public string? By { get; init; }
}
