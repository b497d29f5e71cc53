namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// The training schedule both matrix methods share: each epoch shuffles the known cells with the run's seeded source,
/// anneals the learning rate (<see cref="TrainingSettings.Rate"/>) and hands the cells to the method in mini-batches
/// of <see cref="TrainingSettings.BatchSize"/>, numbering the Adam steps; cancellation is checked every epoch.
/// </summary>
internal static class MiniBatches
{
    /// <param name="batch">One mini-batch: cells <c>order[start..end)</c>, Adam step number, learning rate.</param>
    public static void Run(MatrixCell[] order, TrainingSettings settings, MatrixRandom random, Action<int, int, int, double> batch,
        Action<int>? onEpoch, CancellationToken cancellationToken)
    {
        var step = 0;
        for (var epoch = 1; epoch <= settings.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var rate = TrainingSettings.Rate(settings.LearningRate, epoch, settings.Epochs);
            for (var start = 0; start < order.Length; start += TrainingSettings.BatchSize)
            {
                batch(start, Math.Min(order.Length, start + TrainingSettings.BatchSize), ++step, rate);
            }

            onEpoch?.Invoke(epoch);
        }
    }
}
