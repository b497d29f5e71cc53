namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// The settings every matrix method trains with. Defaults: the seed's 10 latent factors and learning rate 0.01 (Adam);
/// L2 1e-3 and 300 epochs of mini-batches of 32 cells, chosen on the CPP matrix (held-out MSE flat within 10% for
/// L2 from 3e-4 to 3e-3 and for 200 to 600 epochs; 1e-2 underfits, 0 overfits).
/// </summary>
public sealed record TrainingSettings
{
    public const int DefaultLatent = 10;
    public const double DefaultL2 = 1e-3;
    public const double DefaultLearningRate = 0.01;
    public const int DefaultEpochs = 300;
    public const int BatchSize = 32;

    public int Latent { get; init; } = DefaultLatent;

    /// <summary>Penalty on latent vectors, embeddings and weights (biases are not penalised).</summary>
    public double L2 { get; init; } = DefaultL2;

    public double LearningRate { get; init; } = DefaultLearningRate;

    public int Epochs { get; init; } = DefaultEpochs;

    /// <summary>Seeds the initial weights and the mini-batch order.</summary>
    public int Seed { get; init; }
}
