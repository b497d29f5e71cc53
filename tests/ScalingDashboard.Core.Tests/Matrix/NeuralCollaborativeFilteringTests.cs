using ScalingDashboard.Core.Matrix;
using Xunit.Abstractions;

namespace ScalingDashboard.Core.Tests.Matrix;

public class NeuralCollaborativeFilteringTests(ITestOutputHelper output)
{
    [Fact]
    public void Train_LowRankMatrix_BeatsTheTaskMeanBaseline()
    {
        // The rank-3 signal has sd 0.10 around each task's mean; the baseline's held-out MSE is about its variance
        // (0.01). A network that learns the interaction must do clearly better: at most half the baseline's error.
        var matrix = SyntheticMatrix.LowRank(60, 25, 3, 0.02, 0.6, seed: 5);
        var split = HoldoutSplit.Random(matrix, 0.1, 1);

        var net = NeuralCollaborativeFiltering.Train(matrix, split.Training, NcfInputs.Ids, new TrainingSettings { Seed = 1 });
        var baseline = new TaskMeanBaseline(matrix, split.Training);

        var mse = split.HeldOut.Average(c => Math.Pow(net.Predict(c.Model, c.Task) - matrix[c], 2));
        var baselineMse = split.HeldOut.Average(c => Math.Pow(baseline.Predict(c.Model, c.Task) - matrix[c], 2));
        output.WriteLine(FormattableString.Invariant($"NCF {mse:E3} vs baseline {baselineMse:E3}"));
        Assert.True(mse < 0.5 * baselineMse, FormattableString.Invariant($"NCF {mse:E3} vs baseline {baselineMse:E3}"));
    }

    [Fact]
    public void Train_SameSeed_GivesIdenticalPredictions()
    {
        var matrix = SyntheticMatrix.LowRank(15, 6, 2, 0.02, 0.7, seed: 9)
            .WithModelFactors([MatrixFactor.Categorical("family", SyntheticMatrix.Names("f", 15).Select(n => n[^1..]).ToArray())]);
        var settings = new TrainingSettings { Epochs = 20, Seed = 4 };

        var first = NeuralCollaborativeFiltering.Train(matrix, matrix.KnownCells, NcfInputs.IdsAndFactors, settings);
        var second = NeuralCollaborativeFiltering.Train(matrix, matrix.KnownCells, NcfInputs.IdsAndFactors, settings);

        Assert.Equal(Enumerable.Range(0, 15).Select(i => first.Predict(i, 2)), Enumerable.Range(0, 15).Select(i => second.Predict(i, 2)));
    }
}
