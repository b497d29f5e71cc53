namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>
/// Settings of a t-SNE run (<see cref="Tsne.Compute"/>). The defaults are those of van der Maaten's reference
/// implementation and of scikit-learn / openTSNE: perplexity 30, 1,000 iterations, Barnes-Hut with θ = 0.5,
/// the "auto" learning rate.
/// </summary>
/// <param name="Perplexity">Roughly how many neighbours each point keeps close (5–50 is usual). Must be at least 1
/// and below (n − 1) / 3.</param>
/// <param name="Iterations">Gradient-descent steps; the first 250 exaggerate the affinities 12 times.</param>
/// <param name="Seed">Seed of the random start: the same seed gives the same embedding.</param>
/// <param name="Theta">Barnes-Hut accuracy in [0, 1] for the repulsive forces above <see cref="Tsne.ExactLimit"/>
/// rows (smaller is more accurate and slower); 0 computes them exactly at any size (quadratic in n).</param>
/// <param name="LearningRate">Step size; null chooses max(n / 12 / 4, 50) as scikit-learn's "auto" (Belkina et al.
/// 2019, the gradient here carrying the factor 4 of the KL gradient).</param>
public sealed record TsneOptions(
    double Perplexity = 30,
    int Iterations = 1000,
    int Seed = 1,
    double Theta = 0.5,
    double? LearningRate = null)
{
    /// <summary>The affinities are multiplied by this during the first <see cref="ExaggerationIterations"/>.</summary>
    public const double EarlyExaggeration = 12;

    /// <summary>How long the exaggeration lasts, and after which the momentum rises from 0.5 to 0.8.</summary>
    public const int ExaggerationIterations = 250;

    /// <summary>The learning rate for <paramref name="rows"/> points: the given one, or the "auto" rule.</summary>
    public double LearningRateFor(int rows) => LearningRate ?? Math.Max(rows / EarlyExaggeration / 4, 50);
}
