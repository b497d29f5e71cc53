namespace ScalingDashboard.Core.Statistics.Embedding;

/// <summary>A t-SNE embedding from <see cref="Tsne.Compute"/>.</summary>
/// <param name="Embedding">n rows by 2: each observation's place in the plane, centred on the origin.</param>
/// <param name="KlDivergence">KL(P‖Q) of the final embedding: exact up to <see cref="Tsne.ExactLimit"/> rows (or
/// with θ = 0), else with the Barnes-Hut estimate of Q's normaliser; NaN when there is a <see cref="Problem"/>.</param>
/// <param name="Iterations">Iterations run.</param>
/// <param name="Problem">Why no embedding was made (then <see cref="Embedding"/> is empty), or null.</param>
public sealed record TsneResult(double[][] Embedding, double KlDivergence, int Iterations, string? Problem)
{
    /// <summary>Whether the embedding was made (no <see cref="Problem"/>).</summary>
    public bool Succeeded => Problem is null;

    internal static TsneResult Failed(string problem) => new([], double.NaN, 0, problem);
}
