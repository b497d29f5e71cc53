namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>How models are placed in two dimensions by their benchmark vectors.</summary>
public enum EmbeddingMethod
{
    Pca,
    Tsne,
}
