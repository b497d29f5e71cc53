namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>
/// The 2-D map: the points, what the axes are ("PC1 (62% of variance)" or "t-SNE 1"), and how many models were left
/// out for an incomplete benchmark vector. <paramref name="Problem"/> says why there is no map.
/// </summary>
public sealed record EmbeddingOutcome(
    IReadOnlyList<EmbeddingPoint> Points, string XTitle, string YTitle, string Description, int LeftOut, string? Problem);
