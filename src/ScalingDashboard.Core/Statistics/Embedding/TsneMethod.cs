namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>
/// How a t-SNE run computes its two halves: affinities over all pairs or over the 3 × perplexity nearest neighbours,
/// repulsion over all pairs or by a Barnes-Hut quadtree. <see cref="Tsne.Compute"/> chooses by size; tests choose
/// directly to compare the two.
/// </summary>
internal sealed record TsneMethod(bool SparseAffinities, bool BarnesHut)
{
    public static TsneMethod For(int rows, double theta)
    {
        var large = rows > Tsne.ExactLimit;
        return new TsneMethod(SparseAffinities: large, BarnesHut: large && theta > 0);
    }
}
