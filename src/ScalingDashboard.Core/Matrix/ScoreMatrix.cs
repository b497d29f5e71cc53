namespace ScalingDashboard.Core.Matrix;

/// <summary>
/// A sparse models x tasks score matrix (seed 001: a leaderboard as a collaborative-filtering matrix), missing cells
/// NaN, every task's scores on [0, 1] (see <see cref="TaskScaling"/>), with optional design factors of the models and
/// of the tasks. Immutable: the factor setters return a new matrix sharing the scores.
/// </summary>
public sealed class ScoreMatrix
{
    private readonly double[] _scores;

    private ScoreMatrix(IReadOnlyList<string> models, IReadOnlyList<string> tasks, double[] scores, IReadOnlyList<string> notes,
        IReadOnlyList<MatrixFactor> modelFactors, IReadOnlyList<MatrixFactor> taskFactors)
    {
        Models = models;
        Tasks = tasks;
        _scores = scores;
        Notes = notes;
        ModelFactors = modelFactors;
        TaskFactors = taskFactors;
        KnownCells = Enumerable.Range(0, scores.Length).Where(k => !double.IsNaN(scores[k]))
            .Select(k => new MatrixCell(k / tasks.Count, k % tasks.Count)).ToArray();
    }

    public IReadOnlyList<string> Models { get; }

    public IReadOnlyList<string> Tasks { get; }

    public int ModelCount => Models.Count;

    public int TaskCount => Tasks.Count;

    /// <summary>The known cells, row by row.</summary>
    public IReadOnlyList<MatrixCell> KnownCells { get; }

    /// <summary>What was done to the scores (per-task scaling, merged duplicates), in plain words.</summary>
    public IReadOnlyList<string> Notes { get; }

    public IReadOnlyList<MatrixFactor> ModelFactors { get; }

    public IReadOnlyList<MatrixFactor> TaskFactors { get; }

    /// <summary>The score on [0, 1], NaN when missing.</summary>
    public double this[int model, int task] => _scores[(model * TaskCount) + task];

    public double this[MatrixCell cell] => this[cell.Model, cell.Task];

    public bool IsKnown(int model, int task) => !double.IsNaN(this[model, task]);

    public double Density => _scores.Length == 0 ? 0 : (double)KnownCells.Count / _scores.Length;

    /// <summary>
    /// A matrix from wide form: <paramref name="scores"/>[model][task], NaN (or any non-finite value) for missing.
    /// Each task is scaled to [0, 1] as <see cref="TaskScaling"/> says.
    /// </summary>
    public static ScoreMatrix FromWide(IReadOnlyList<string> models, IReadOnlyList<string> tasks, IReadOnlyList<IReadOnlyList<double>> scores)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count != models.Count || scores.Any(row => row.Count != tasks.Count))
        {
            throw new ArgumentException($"Expected {models.Count} rows of {tasks.Count} scores.", nameof(scores));
        }

        var values = new double[models.Count * tasks.Count];
        for (var i = 0; i < models.Count; i++)
        {
            for (var j = 0; j < tasks.Count; j++)
            {
                var v = scores[i][j];
                values[(i * tasks.Count) + j] = double.IsFinite(v) ? v : double.NaN;
            }
        }

        var notes = TaskScaling.Apply(values, tasks);
        return new ScoreMatrix(models.ToArray(), tasks.ToArray(), values, notes, [], []);
    }

    /// <summary>
    /// A matrix from long form (one row per model, task and score; non-finite scores skipped). Models and tasks keep
    /// their order of first appearance; a model scored twice on a task keeps the mean, and a note says so.
    /// </summary>
    public static ScoreMatrix FromLong(IEnumerable<(string Model, string Task, double Score)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var models = new List<string>();
        var tasks = new List<string>();
        var modelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var taskIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sums = new Dictionary<(int, int), (double Sum, int Count)>();
        foreach (var (model, task, score) in rows)
        {
            if (!double.IsFinite(score))
            {
                continue;
            }

            var i = IndexOf(model, models, modelIndex);
            var j = IndexOf(task, tasks, taskIndex);
            var (sum, count) = sums.GetValueOrDefault((i, j));
            sums[(i, j)] = (sum + score, count + 1);
        }

        var values = Enumerable.Repeat(double.NaN, models.Count * tasks.Count).ToArray();
        foreach (var ((i, j), (sum, count)) in sums)
        {
            values[(i * tasks.Count) + j] = sum / count;
        }

        var duplicates = sums.Values.Count(s => s.Count > 1);
        var notes = TaskScaling.Apply(values, tasks).ToList();
        if (duplicates > 0)
        {
            notes.Add(FormattableString.Invariant($"{duplicates} model-task pairs appeared more than once; each keeps the mean of its scores."));
        }

        return new ScoreMatrix(models, tasks, values, notes, [], []);
    }

    /// <summary>This matrix with model design factors (one value per model, in <see cref="Models"/> order).</summary>
    public ScoreMatrix WithModelFactors(IReadOnlyList<MatrixFactor> factors) =>
        new(Models, Tasks, _scores, Notes, CheckCounts(factors, ModelCount, "model"), TaskFactors);

    /// <summary>This matrix with task design factors (one value per task, in <see cref="Tasks"/> order).</summary>
    public ScoreMatrix WithTaskFactors(IReadOnlyList<MatrixFactor> factors) =>
        new(Models, Tasks, _scores, Notes, ModelFactors, CheckCounts(factors, TaskCount, "task"));

    private static MatrixFactor[] CheckCounts(IReadOnlyList<MatrixFactor> factors, int count, string what)
    {
        ArgumentNullException.ThrowIfNull(factors);
        if (factors.FirstOrDefault(f => f.Count != count) is { } wrong)
        {
            throw new ArgumentException($"Factor '{wrong.Name}' has {wrong.Count} values for {count} {what}s.", nameof(factors));
        }

        return factors.ToArray();
    }

    private static int IndexOf(string name, List<string> names, Dictionary<string, int> index)
    {
        if (!index.TryGetValue(name, out var i))
        {
            i = names.Count;
            index[name] = i;
            names.Add(name);
        }

        return i;
    }
}
