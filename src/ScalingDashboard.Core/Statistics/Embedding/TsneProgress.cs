namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>
/// How far a t-SNE run has come: reported once the affinities are ready (iteration 0, no divergence yet) and then
/// every <see cref="Tsne.ProgressInterval"/> iterations and at the last one.
/// </summary>
/// <param name="Iteration">Iterations done.</param>
/// <param name="Total">Iterations asked for.</param>
/// <param name="KlDivergence">KL(P‖Q) of the embedding at that iteration against the un-exaggerated affinities
/// (approximate under Barnes-Hut), or null before the first.</param>
public sealed record TsneProgress(int Iteration, int Total, double? KlDivergence);
