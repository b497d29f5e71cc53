using System.Globalization;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// Runs a <see cref="MatrixSpec"/>: the one path behind the Matrix page, its link and exports, and the CLI's
/// <c>complete</c>. Evaluation over seeded splits, the completed matrix, the perspective and Shapley values, each
/// training run reporting its epochs and stopping at the next epoch when cancelled. Deterministic given the spec.
/// </summary>
public static class MatrixRunner
{
    public static MatrixResult Run(Leaderboard table, MatrixSpec spec, IProgress<MatrixProgress>? progress = null,
        CancellationToken cancellationToken = default) => Run(table, null, spec, progress, cancellationToken);

    /// <summary>The same with the design factors read from a second table (one row per model; see <see cref="MatrixResolver.Resolve"/>).</summary>
    public static MatrixResult Run(Leaderboard table, Leaderboard? modelFactorTable, MatrixSpec spec, IProgress<MatrixProgress>? progress = null,
        CancellationToken cancellationToken = default) => Run(table, modelFactorTable, null, spec, progress, cancellationToken);

    /// <summary>The same with model factors and task factors each from a table of their own (either may be null).</summary>
    public static MatrixResult Run(Leaderboard table, Leaderboard? modelFactorTable, Leaderboard? taskFactorTable, MatrixSpec spec,
        IProgress<MatrixProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        return Run(MatrixResolver.Resolve(table, spec, modelFactorTable, taskFactorTable), spec, progress, cancellationToken);
    }

    /// <summary>The same on a matrix built elsewhere (e.g. <see cref="ScoreMatrix.FromWide"/>); the table-reading fields of the spec are not used.</summary>
    public static MatrixResult Run(ScoreMatrix matrix, MatrixSpec spec, IProgress<MatrixProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<string>();
        if (spec.UsesFactors && matrix.ModelFactors.Count + matrix.TaskFactors.Count == 0)
        {
            problems.Add($"The method '{MatrixCodec.MethodName(spec.Method)}' needs at least one design factor.");
        }

        var resolved = new ResolvedMatrix(problems.Count > 0 ? null : matrix, Enumerable.Range(0, matrix.ModelCount).ToArray(), problems);
        return Run(resolved, spec, progress, cancellationToken);
    }

    private static MatrixResult Run(ResolvedMatrix resolved, MatrixSpec spec, IProgress<MatrixProgress>? progress, CancellationToken cancellationToken)
    {
        if (resolved.Matrix is not { } matrix)
        {
            var failure = resolved.Problems.Count > 0 ? resolved.Problems[^1] : "The table gives no score matrix.";
            return new MatrixResult(spec, resolved, failure, null, null, null, null, resolved.Problems);
        }

        var notes = new List<string>(resolved.Problems);
        notes.AddRange(matrix.Notes);
        notes.AddRange(matrix.ModelFactors.Concat(matrix.TaskFactors).Select(f => $"Factor '{f.Name}': {f.Kind.ToString().ToLowerInvariant()}, {f.Scaling}."));
        if (!spec.UsesFactors && matrix.ModelFactors.Count + matrix.TaskFactors.Count > 0)
        {
            notes.Add($"The method '{MatrixCodec.MethodName(spec.Method)}' does not read design factors; choose ncf-factors or factors to use them and get Shapley values.");
        }

        if (spec.Method == MatrixMethod.FactorsOnly && matrix.TaskFactors.Count == 0)
        {
            notes.Add("No task factors: the factors-only network keeps a learned embedding per task, so tasks stay distinguishable.");
        }

        var (evaluation, firstModel) = Evaluate(matrix, spec, progress, cancellationToken);
        var completed = Complete(matrix, spec, progress, cancellationToken);
        var perspective = spec.Perspective == MatrixPerspective.None ? null : Perspective(matrix, spec, notes, progress, cancellationToken);
        var shapley = spec.UsesFactors && firstModel is NcfModel net
            ? Shapley(matrix, net, evaluation.Splits[0], cancellationToken)
            : null;
        return new MatrixResult(spec, resolved, null, completed, evaluation, perspective, shapley, notes);
    }

    private static (EvaluationOutcome, ICompletionModel) Evaluate(ScoreMatrix matrix, MatrixSpec spec, IProgress<MatrixProgress>? progress,
        CancellationToken cancellationToken)
    {
        var splits = new List<SeedEvaluation>();
        ICompletionModel? first = null;
        for (var k = 0; k < spec.Seeds; k++)
        {
            var seed = unchecked(spec.Seed + k);
            var split = HoldoutSplit.Random(matrix, spec.Holdout, seed);
            var stage = Invariant($"split {k + 1} of {spec.Seeds}");
            var model = Train(matrix, split.Training, spec, seed, stage, progress, cancellationToken);
            first ??= model;
            var baseline = new TaskMeanBaseline(matrix, split.Training);
            var (cells, metrics, baselineMetrics) = Score(matrix, split.HeldOut, model, baseline);
            splits.Add(new SeedEvaluation(seed, metrics, baselineMetrics, cells));
        }

        var methodRuns = splits.Select(s => s.Metrics).ToList();
        var baselineRuns = splits.Select(s => s.Baseline).ToList();
        var outcome = new EvaluationOutcome(splits,
            CompletionMetrics.Summarise(methodRuns, spread: false), CompletionMetrics.Summarise(methodRuns, spread: true),
            CompletionMetrics.Summarise(baselineRuns, spread: false), CompletionMetrics.Summarise(baselineRuns, spread: true));
        return (outcome, first!);
    }

    private static CompletedMatrix Complete(ScoreMatrix matrix, MatrixSpec spec, IProgress<MatrixProgress>? progress, CancellationToken cancellationToken)
    {
        var model = Train(matrix, matrix.KnownCells, spec, spec.Seed, "completing the matrix", progress, cancellationToken);
        var values = new double[matrix.ModelCount * matrix.TaskCount];
        var measured = new bool[values.Length];
        for (var i = 0; i < matrix.ModelCount; i++)
        {
            for (var j = 0; j < matrix.TaskCount; j++)
            {
                var k = (i * matrix.TaskCount) + j;
                measured[k] = matrix.IsKnown(i, j);
                values[k] = measured[k] ? matrix[i, j] : OnScale(model.Predict(i, j));
            }
        }

        return new CompletedMatrix(matrix.Models, matrix.Tasks, values, measured);
    }

    /// <summary>The most trainings one perspective runs when no model (task) is named.</summary>
    public const int MaxPerspectiveRuns = 50;

    private static PerspectiveOutcome Perspective(ScoreMatrix matrix, MatrixSpec spec, List<string> notes, IProgress<MatrixProgress>? progress,
        CancellationToken cancellationToken)
    {
        var byTask = spec.Perspective is MatrixPerspective.T0 or MatrixPerspective.T2;
        var kept = spec.Perspective is MatrixPerspective.Cpp2 or MatrixPerspective.T2 ? 2 : 0;
        var names = byTask ? matrix.Tasks : matrix.Models;
        var chosen = Enumerable.Range(0, names.Count).ToList();
        if (spec.Selected is { } selected)
        {
            var index = -1;
            for (var k = 0; k < names.Count && index < 0; k++)
            {
                index = string.Equals(names[k], selected, StringComparison.OrdinalIgnoreCase) ? k : -1;
            }

            if (index >= 0)
            {
                chosen = [index];
            }
            else
            {
                notes.Add($"No {(byTask ? "task" : "model")} is named '{MessageText.OneLine(selected)}'; the perspective covers every one.");
            }
        }

        var label = MatrixCodec.PerspectiveName(spec.Perspective).ToUpperInvariant();
        if (chosen.Count > MaxPerspectiveRuns)
        {
            // One training per model: on a leaderboard of thousands that is hours of server time. Every k-th keeps the
            // picture representative and the run bounded; one named model is always run on its own.
            var stride = (int)Math.Ceiling(chosen.Count / (double)MaxPerspectiveRuns);
            notes.Add(Invariant($"{label} trains once per {(byTask ? "task" : "model")}: one in {stride} of the {chosen.Count} is run ({MaxPerspectiveRuns} at most); name one with select= to see any other."));
            chosen = chosen.Where((_, k) => k % stride == 0).ToList();
        }

        var entries = new List<PerspectiveEntry>();
        var skipped = new List<string>();
        for (var n = 0; n < chosen.Count; n++)
        {
            var e = chosen[n];
            var known = matrix.KnownCells.Count(c => (byTask ? c.Task : c.Model) == e);
            if (known <= kept)
            {
                skipped.Add(names[e]);
                continue;
            }

            var split = byTask ? HoldoutSplit.Columns(matrix, e, kept, spec.Seed) : HoldoutSplit.Rows(matrix, e, kept, spec.Seed);
            var stage = Invariant($"{label} {n + 1} of {chosen.Count}: {names[e]}");
            var model = Train(matrix, split.Training, spec, spec.Seed, stage, progress, cancellationToken);
            var (cells, metrics, baseline) = Score(matrix, split.HeldOut, model, new TaskMeanBaseline(matrix, split.Training));
            entries.Add(new PerspectiveEntry(names[e], e, metrics, baseline, cells));
        }

        if (skipped.Count > 0)
        {
            notes.Add(Invariant($"{label} needs more than {kept} known scores per {(byTask ? "task" : "model")}; {skipped.Count} were skipped."));
        }

        var all = entries.SelectMany(x => x.Cells).ToArray();
        var allCells = all.Select(c => new MatrixCell(c.Model, c.Task)).ToArray();
        return new PerspectiveOutcome(spec.Perspective, kept, entries,
            CompletionMetrics.Of(matrix, allCells, all.Select(c => c.Predicted).ToArray()),
            CompletionMetrics.Of(matrix, allCells, all.Select(c => c.Baseline).ToArray()),
            skipped);
    }

    private static ShapleyOutcome Shapley(ScoreMatrix matrix, NcfModel net, SeedEvaluation split, CancellationToken cancellationToken)
    {
        var cells = split.HeldOut;
        var (values, empty, full, problem) = ShapleyImportance.Compute(net.Factors.Count, present =>
        {
            var sum = 0.0;
            foreach (var c in cells)
            {
                var error = net.Predict(c.Model, c.Task, present) - c.Actual;
                sum += error * error;
            }

            return sum / cells.Count;
        }, cancellationToken);
        if (values is null)
        {
            return new ShapleyOutcome([], empty, full, problem);
        }

        var modelFactors = matrix.ModelFactors.Count;
        var factors = net.Factors.Select((f, k) => new FactorImportance(f.Name, f.Kind, k >= modelFactors, values[k]))
            .OrderByDescending(f => f.Value).ToArray();
        return new ShapleyOutcome(factors, empty, full, null);
    }

    /// <summary>
    /// Scores are on [0, 1] per task, so a prediction is too: MF's dot product can overshoot (1.04 for a strong model on
    /// an easy task), and a score above 1 means nothing to a reader. Clamping only moves a prediction towards any truth.
    /// </summary>
    private static double OnScale(double prediction) => Math.Clamp(prediction, 0, 1);

    private static (IReadOnlyList<CellPrediction>, CompletionMetrics, CompletionMetrics) Score(ScoreMatrix matrix, IReadOnlyList<MatrixCell> heldOut,
        ICompletionModel model, TaskMeanBaseline baseline)
    {
        var cells = heldOut.Select(c => new CellPrediction(c.Model, c.Task, matrix.Models[c.Model], matrix.Tasks[c.Task], matrix[c],
            OnScale(model.Predict(c.Model, c.Task)), baseline.Predict(c.Model, c.Task))).ToArray();
        return (cells,
            CompletionMetrics.Of(matrix, heldOut, cells.Select(c => c.Predicted).ToArray()),
            CompletionMetrics.Of(matrix, heldOut, cells.Select(c => c.Baseline).ToArray()));
    }

    private static ICompletionModel Train(ScoreMatrix matrix, IReadOnlyList<MatrixCell> cells, MatrixSpec spec, int seed, string stage,
        IProgress<MatrixProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new MatrixProgress(stage, 0, spec.Epochs));
        Action<int>? onEpoch = progress is null ? null : epoch => progress.Report(new MatrixProgress(stage, epoch, spec.Epochs));
        return MatrixTraining.Train(matrix, cells, spec.Method, spec.Training(seed), onEpoch, cancellationToken);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
