namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// The baseline every method is compared with: a cell is predicted by its task's mean over the training cells (the
/// mean of all training cells for a task with none).
/// </summary>
public sealed class TaskMeanBaseline : ICompletionModel
{
    private readonly double[] _means;

    public TaskMeanBaseline(ScoreMatrix matrix, IReadOnlyList<MatrixCell> training)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(training);
        var overall = training.Count == 0 ? 0.5 : training.Average(c => matrix[c]);
        _means = Enumerable.Range(0, matrix.TaskCount)
            .Select(j => training.Where(c => c.Task == j).Select(c => matrix[c]).DefaultIfEmpty(overall).Average())
            .ToArray();
    }

    public double Predict(int model, int task) => _means[task];
}
