namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>
/// A principal component analysis of a table of observations (rows) by variables (columns), from
/// <see cref="Pca.Compute"/>. Components are ordered by decreasing variance; each one's sign is fixed so that its
/// largest-magnitude loading is positive, which makes the result the same on every run and machine.
/// </summary>
/// <param name="Scores">n rows by k = min(n, p) components: each observation's coordinates on the components
/// (the first two columns are the 2-D embedding).</param>
/// <param name="Loadings">p variables by k components: the unit direction of each component in the (centred,
/// possibly standardised) variable space.</param>
/// <param name="ExplainedVarianceRatio">The share of the total variance along each component (sums to 1).</param>
/// <param name="Means">The column means that were subtracted.</param>
/// <param name="Scales">The column divisors: sample standard deviations (n − 1) when standardised, else 1.</param>
/// <param name="Problem">Why no analysis was made (then every array is empty), or null.</param>
public sealed record PcaResult(
    double[][] Scores,
    double[][] Loadings,
    double[] ExplainedVarianceRatio,
    double[] Means,
    double[] Scales,
    string? Problem)
{
    /// <summary>Whether the analysis was made (no <see cref="Problem"/>).</summary>
    public bool Succeeded => Problem is null;

    internal static PcaResult Failed(string problem) => new([], [], [], [], [], problem);
}
