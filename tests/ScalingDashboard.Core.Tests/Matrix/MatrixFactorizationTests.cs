using ScalingDashboard.Core.Matrix;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Matrix;

public class MatrixFactorizationTests(ITestOutputHelper output)
{
    private const double Noise = 0.02;

    [Fact]
    public void Train_NoiseFreeLowRank_RecoversHeldOutCellsAlmostExactly()
    {
        // 60 x 25, rank 3, 80% observed, no noise: the matrix is determined by its known cells, so the held-out
        // error measures only how far training is from the optimum (0.018 before the learning rate was annealed).
        // L2 is a guard against noise and shrinks every factor, so it is nearly off here (1e-3 gives 0.0032, the
        // default 3e-3 gives 0.0093).
        var rmse = HeldOutRmse(SyntheticMatrix.LowRank(60, 25, 3, 0, 0.8, seed: 7), latent: 3, l2: 1e-4);

        Assert.InRange(rmse, 0, 0.005); // the signal's own sd is 0.10
    }

    [Fact]
    public void Train_LowRankWithNoise_RecoversHeldOutCellsToTheNoiseLevel()
    {
        // Noise sd 0.02 on every cell, held-out cells included, so 0.02 is the floor; 80% observed (20 cells per model
        // for 3 factors and a bias): the bound of 1.5x the noise. Measured 0.0278 with the default L2.
        var rmse = HeldOutRmse(SyntheticMatrix.LowRank(60, 25, 3, Noise, 0.8, seed: 7), latent: 3);

        Assert.InRange(rmse, Noise, 1.5 * Noise);
    }

    [Fact]
    public void Train_LowRankWithNoiseFortyPercentObserved_StaysWithinTwiceAndAQuarterTheNoise()
    {
        // The design: 40% observed, about 9 training cells per model for 4 numbers per model. The 1.5x bound
        // does NOT hold here: measured 0.040 (latent 3, converged: 1000 and 3000 epochs give the same) and 0.052
        // (latent 10, the default). Even without noise the same sampling leaves 0.019, so the excess is the
        // estimation error of sparse rows, not the optimiser. The bound checks that it stays at today's level.
        var rmse = HeldOutRmse(SyntheticMatrix.LowRank(60, 25, 3, Noise, 0.4, seed: 7), latent: 3);

        Assert.InRange(rmse, Noise, 2.25 * Noise);
    }

    /// <summary>Three 10% splits (about 60-120 cells each) pooled, so one unlucky split cannot decide a test.</summary>
    private double HeldOutRmse(ScoreMatrix matrix, int latent, double l2 = TrainingSettings.DefaultL2)
    {
        Assert.Empty(matrix.Notes); // nothing was rescaled: the numbers are the generated ones
        var squares = new List<double>();
        for (var seed = 0; seed < 3; seed++)
        {
            var split = HoldoutSplit.Random(matrix, 0.1, seed);
            var model = MatrixFactorization.Train(matrix, split.Training, new TrainingSettings { Seed = seed, Latent = latent, L2 = l2 });
            squares.AddRange(split.HeldOut.Select(c => Math.Pow(model.Predict(c.Model, c.Task) - matrix[c], 2)));
        }

        var rmse = Math.Sqrt(squares.Average());
        output.WriteLine(FormattableString.Invariant($"held-out RMSE {rmse:F4} over {squares.Count} cells (noise sd {Noise})"));
        return rmse;
    }

    [Fact]
    public void Train_SameSeed_GivesIdenticalPredictions()
    {
        var matrix = SyntheticMatrix.LowRank(20, 8, 2, Noise, 0.6, seed: 3);
        var settings = new TrainingSettings { Epochs = 40, Seed = 11 };

        var first = MatrixFactorization.Train(matrix, matrix.KnownCells, settings);
        var second = MatrixFactorization.Train(matrix, matrix.KnownCells, settings);
        var other = MatrixFactorization.Train(matrix, matrix.KnownCells, settings with { Seed = 12 });

        var cells = Enumerable.Range(0, 20).SelectMany(i => Enumerable.Range(0, 8).Select(j => (i, j))).ToArray();
        Assert.Equal(cells.Select(c => first.Predict(c.i, c.j)), cells.Select(c => second.Predict(c.i, c.j))); // exactly
        Assert.NotEqual(cells.Select(c => first.Predict(c.i, c.j)), cells.Select(c => other.Predict(c.i, c.j)));
    }

    [Fact]
    public void Train_Cancelled_StopsWithOperationCanceled()
    {
        var matrix = SyntheticMatrix.LowRank(20, 8, 2, Noise, 0.6, seed: 3);
        using var cancellation = new CancellationTokenSource();
        var epochs = 0;

        Assert.Throws<OperationCanceledException>(() => MatrixFactorization.Train(matrix, matrix.KnownCells, new TrainingSettings(),
            epoch =>
            {
                epochs = epoch;
                if (epoch == 5)
                {
                    cancellation.Cancel();
                }
            }, cancellation.Token));
        Assert.Equal(5, epochs); // checked at the start of the next epoch
    }
}
