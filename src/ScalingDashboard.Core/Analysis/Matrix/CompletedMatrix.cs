namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// The matrix with every missing cell predicted by the method trained on all known cells: values on [0, 1], and for
/// each cell whether it was measured (the file's score) or predicted. Row-major, models x tasks.
/// </summary>
public sealed class CompletedMatrix(IReadOnlyList<string> models, IReadOnlyList<string> tasks, double[] values, bool[] measured)
{
    public IReadOnlyList<string> Models { get; } = models;

    public IReadOnlyList<string> Tasks { get; } = tasks;

    public double Value(int model, int task) => values[(model * Tasks.Count) + task];

    public bool IsMeasured(int model, int task) => measured[(model * Tasks.Count) + task];

    public int PredictedCount => measured.Count(m => !m);
}
