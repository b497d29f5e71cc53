namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>The 2-D map of models: PCA of the standardised benchmark scores, or t-SNE with a perplexity and seed.</summary>
public sealed record EmbeddingSpec
{
    public static SpecRange<double> PerplexityRange { get; } = new(2, 100);

    public static EmbeddingSpec Default { get; } = new();

    public EmbeddingMethod Method { get; init; } = EmbeddingMethod.Pca;

    public double Perplexity { get; init => field = PerplexityRange.Check(value, nameof(Perplexity)); } = 30;

    public int Seed { get; init; } = 1;

    /// <summary>The column whose values colour the points; null: the grouping column.</summary>
    public string? ColourBy { get; init; }
}
