namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// Neural collaborative filtering (seed 001, Eq 5-7; He et al. 2017): the input is the model's and the task's learned
/// embeddings and/or their design factors (categorical factors through learned embeddings of
/// <see cref="NcfModel.FactorEmbedding"/> numbers, numerical ones as their scaled value), then two ReLU layers
/// (<see cref="NcfModel.Hidden1"/>, <see cref="NcfModel.Hidden2"/> units) and a sigmoid output, trained on the mean
/// squared error (Eq 7) by Adam on mini-batches with the L2 penalty on the embeddings, per use as in
/// <see cref="MatrixFactorization"/> (so one L2 means the same in both; penalising the dense layers as well made the
/// CPP held-out error worse at every L2 tried). Forward and
/// backward passes are written out over plain arrays; no deep-learning library is involved.
/// </summary>
public static class NeuralCollaborativeFiltering
{
    public static NcfModel Train(ScoreMatrix matrix, IReadOnlyList<MatrixCell> training, NcfInputs inputs, TrainingSettings settings,
        Action<int>? onEpoch = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(settings);
        var random = new MatrixRandom(settings.Seed);
        var mean = training.Count == 0 ? 0.5 : training.Average(c => matrix[c]);
        var net = new NcfModel(matrix, inputs, settings.Latent, mean, random);
        var parameters = net.Parameters;
        var gradients = parameters.Select(p => new double[p.Length]).ToArray();
        var adams = parameters.Select(p => new AdamState(p.Length)).ToArray();
        var work = net.CreateWork();
        var touched = net.CreateTouchedRows();
        var order = training.ToArray();
        MiniBatches.Run(order, settings, random, (start, end, step, rate) =>
        {
            for (var p = 0; p < parameters.Count; p++)
            {
                if (touched[p] is null)
                {
                    Array.Clear(gradients[p]); // dense layers: every weight gets a gradient
                }
            }

            var scale = 1.0 / (end - start);
            for (var k = start; k < end; k++)
            {
                net.Touch(order[k], touched, gradients);
                net.Backward(order[k], matrix[order[k]], scale, settings.L2, gradients, work);
            }

            for (var p = 0; p < parameters.Count; p++)
            {
                if (touched[p] is { } rows)
                {
                    adams[p].StepRows(parameters[p], gradients[p], rows, rows.Width, step, rate);
                    rows.Reset();
                }
                else
                {
                    adams[p].Step(parameters[p], gradients[p], step, rate);
                }
            }
        }, onEpoch, cancellationToken);

        return net;
    }
}
