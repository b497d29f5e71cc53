using System.Globalization;
using ScalingDashboard.Core.Analysis.Statistics;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Matrix;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// Turns a table into the score matrix a <see cref="MatrixSpec"/> asks for, saying in plain words what it could not
/// use. Scores are read as the file writes them (<see cref="ColumnValues.AsWritten"/>) and scaled per task by
/// <see cref="TaskScaling"/>, so a percent task and a fraction task in one long column are each read correctly.
/// </summary>
public static class MatrixResolver
{
    public const int MinModels = 3;
    public const int MinTasks = 2;
    public const int MinCellsPerTask = 2;

    /// <summary>
    /// The matrix of <paramref name="table"/>. Design factors (<see cref="MatrixSpec.ModelFactors"/>) are read from
    /// <paramref name="modelFactorTable"/> when given (one row per model, matched to the matrix's models by its row
    /// names, ignoring case and surrounding spaces; the seed keeps its factors in such a second file), else from
    /// columns of <paramref name="table"/> itself. Task factors (<see cref="MatrixSpec.TaskFactors"/>) come from
    /// <paramref name="taskFactorTable"/>, one row per task matched by its row names the same way.
    /// </summary>
    public static ResolvedMatrix Resolve(Leaderboard table, MatrixSpec spec, Leaderboard? modelFactorTable = null, Leaderboard? taskFactorTable = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<string>();
        var ownFactors = modelFactorTable is null;
        var (matrix, rows) = spec.Form == MatrixForm.Wide ? Wide(table, spec, ownFactors, problems) : Long(table, spec, ownFactors, problems);
        if (matrix is null)
        {
            return new ResolvedMatrix(null, [], problems);
        }

        if (modelFactorTable is not null)
        {
            matrix = matrix.WithModelFactors(FactorsFromTable(modelFactorTable, matrix.Models, spec.ModelFactors, "model", problems));
        }

        if (taskFactorTable is not null)
        {
            matrix = matrix.WithTaskFactors(FactorsFromTable(taskFactorTable, matrix.Tasks, spec.TaskFactors, "task", problems));
        }
        else if (spec.TaskFactors.Count > 0)
        {
            problems.Add("Task factors are read from a task-factor table (one row per task); none was given, so they were left out.");
        }

        if (matrix.ModelCount < MinModels)
        {
            problems.Add(Invariant($"The matrix has {matrix.ModelCount} models with a known score; at least {MinModels} are needed."));
            return new ResolvedMatrix(null, [], problems);
        }

        if (spec.UsesFactors && matrix.ModelFactors.Count + matrix.TaskFactors.Count == 0)
        {
            problems.Add($"The method '{MatrixCodec.MethodName(spec.Method)}' needs at least one usable design-factor column (factors=... or tfactors=...).");
            return new ResolvedMatrix(null, [], problems);
        }

        return new ResolvedMatrix(matrix, rows, problems);
    }

    private static MatrixFactor[] FactorsFromTable(Leaderboard factors, IReadOnlyList<string> models, IReadOnlyList<string> columns, string what,
        List<string> problems)
    {
        var rowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = factors.RowCount - 1; i >= 0; i--)
        {
            rowOf[factors.ModelNames[i].Trim()] = i; // the first row of a repeated name wins
        }

        var rows = models.Select(m => rowOf.GetValueOrDefault(m.Trim(), -1)).ToArray();
        var unmatched = rows.Count(r => r < 0);
        if (unmatched > 0)
        {
            var names = string.Join(", ", models.Where((_, k) => rows[k] < 0).Take(5).Select(MessageText.OneLine));
            problems.Add(Invariant($"{unmatched} of {models.Count} {what}s have no row in the {what}-factor table ({names}{(unmatched > 5 ? ", ..." : "")}); their factors count as missing."));
        }

        return FactorColumns(factors, columns, problems).Select(c => Factor(c, rows)).ToArray();
    }

    private static (ScoreMatrix?, int[]) Wide(Leaderboard table, MatrixSpec spec, bool ownFactors, List<string> problems)
    {
        var factorColumns = ownFactors ? FactorColumns(table, spec.ModelFactors, problems) : [];
        var candidates = new List<LeaderboardColumn>();
        foreach (var name in spec.Tasks)
        {
            if (table.FindColumn(name) is { IsNumeric: true } column)
            {
                candidates.Add(column);
            }
            else
            {
                problems.Add($"This table has no numeric column '{MessageText.OneLine(name)}'; it was left out of the tasks.");
            }
        }

        if (spec.Tasks.Count == 0)
        {
            candidates.AddRange(table.ScoreColumns);
        }

        candidates.RemoveAll(c => factorColumns.Contains(c));
        var tasks = new List<(string Name, double[] Values)>();
        foreach (var column in candidates)
        {
            var values = ColumnValues.AsWritten(column);
            if (values.Count(double.IsFinite) >= MinCellsPerTask)
            {
                tasks.Add((column.Header, values));
            }
            else
            {
                problems.Add(Invariant($"Task '{MessageText.OneLine(column.Header)}' has fewer than {MinCellsPerTask} known scores; it was left out."));
            }
        }

        if (tasks.Count < MinTasks)
        {
            problems.Add(Invariant($"The matrix needs at least {MinTasks} task columns with {MinCellsPerTask} or more known scores each; this table has {tasks.Count}."));
            return (null, []);
        }

        var names = ModelNames(table, spec.ModelColumn, problems);
        var rows = Enumerable.Range(0, table.RowCount).Where(i => tasks.Any(t => double.IsFinite(t.Values[i]))).ToArray();
        if (rows.Length < table.RowCount)
        {
            problems.Add(Invariant($"{table.RowCount - rows.Length} rows without any known task score were left out."));
        }

        var matrix = ScoreMatrix.FromWide(
            rows.Select(i => names[i]).ToArray(),
            tasks.Select(t => t.Name).ToArray(),
            rows.Select(i => (IReadOnlyList<double>)tasks.Select(t => t.Values[i]).ToArray()).ToArray());
        return (matrix.WithModelFactors(factorColumns.Select(c => Factor(c, rows)).ToArray()), rows);
    }

    private static (ScoreMatrix?, int[]) Long(Leaderboard table, MatrixSpec spec, bool ownFactors, List<string> problems)
    {
        var modelColumn = spec.ModelColumn is { } m ? TextColumn(table, m, "model", problems) : table.FindColumn(ColumnRole.ModelName);
        var modelNames = modelColumn is null ? table.ModelNames : Texts(modelColumn);
        var taskColumn = spec.TaskColumn is { } t
            ? TextColumn(table, t, "task", problems)
            : table.Columns.FirstOrDefault(c => !c.IsNumeric && c != modelColumn && c.Role != ColumnRole.Ignore);
        var scoreColumn = spec.ScoreColumn is { } s
            ? table.FindColumn(s) is { IsNumeric: true } found ? found : null
            : table.ScoreColumns is { Count: > 0 } scoreColumns ? scoreColumns[0]
            : table.NumericColumns is { Count: > 0 } numeric ? numeric[0] : null;
        if (spec.ScoreColumn is not null && scoreColumn is null)
        {
            problems.Add($"This table has no numeric column '{MessageText.OneLine(spec.ScoreColumn)}' for the scores.");
        }

        if (taskColumn is null || scoreColumn is null)
        {
            problems.Add("Long form needs a task column (text) and a score column (numeric).");
            return (null, []);
        }

        var tasks = Texts(taskColumn);
        var scores = ColumnValues.AsWritten(scoreColumn);
        var usable = Enumerable.Range(0, table.RowCount).Where(i => tasks[i] is { Length: > 0 } && double.IsFinite(scores[i])).ToArray();
        var counts = usable.GroupBy(i => tasks[i]!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var thin = counts.Where(kv => kv.Value < MinCellsPerTask).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var name in thin)
        {
            problems.Add(Invariant($"Task '{MessageText.OneLine(name)}' has fewer than {MinCellsPerTask} known scores; it was left out."));
        }

        usable = usable.Where(i => !thin.Contains(tasks[i]!)).ToArray();
        if (counts.Count - thin.Count < MinTasks)
        {
            problems.Add(Invariant($"The matrix needs at least {MinTasks} tasks with {MinCellsPerTask} or more known scores each; this table has {counts.Count - thin.Count}."));
            return (null, []);
        }

        var matrix = ScoreMatrix.FromLong(usable.Select(i => (modelNames[i], tasks[i]!, scores[i])));
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in usable)
        {
            firstRow.TryAdd(modelNames[i], i);
        }

        var rows = matrix.Models.Select(name => firstRow[name]).ToArray();
        var factorColumns = ownFactors ? FactorColumns(table, spec.ModelFactors, problems) : [];
        var factors = factorColumns.Select(c => Factor(c, FirstKnownRows(c, matrix.Models, usable, modelNames, rows))).ToArray();
        return (matrix.WithModelFactors(factors), rows);
    }

    /// <summary>Long form: a model's factor value is the first non-empty one among its rows.</summary>
    private static int[] FirstKnownRows(LeaderboardColumn column, IReadOnlyList<string> models, int[] usable, IReadOnlyList<string> names, int[] fallback)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in usable)
        {
            if (!first.ContainsKey(names[i]) && ColumnValues.Text(column, i) is not null)
            {
                first[names[i]] = i;
            }
        }

        return models.Select((name, k) => first.GetValueOrDefault(name, fallback[k])).ToArray();
    }

    private static List<LeaderboardColumn> FactorColumns(Leaderboard table, IReadOnlyList<string> names, List<string> problems)
    {
        var columns = new List<LeaderboardColumn>();
        foreach (var name in names)
        {
            if (table.FindColumn(name) is { } column && !columns.Contains(column))
            {
                columns.Add(column);
            }
            else
            {
                problems.Add($"This table has no column '{MessageText.OneLine(name)}' for a design factor; it was left out.");
            }
        }

        return columns;
    }

    private static MatrixFactor Factor(LeaderboardColumn column, IReadOnlyList<int> rows)
    {
        if (!column.IsNumeric)
        {
            return MatrixFactor.Categorical(column.Header, rows.Select(i => i < 0 ? null : ColumnValues.Text(column, i)).ToArray());
        }

        // Row -1: a model without a row in a separate factor table.
        var values = ColumnValues.AsWritten(column);
        return MatrixFactor.Numerical(column.Header, rows.Select(i => i < 0 ? double.NaN : values[i]).ToArray());
    }

    private static IReadOnlyList<string> ModelNames(Leaderboard table, string? column, List<string> problems) =>
        column is null || TextColumn(table, column, "model", problems) is not { } found ? table.ModelNames : Texts(found);

    private static LeaderboardColumn? TextColumn(Leaderboard table, string name, string purpose, List<string> problems)
    {
        if (table.FindColumn(name) is { } column)
        {
            return column;
        }

        problems.Add($"This table has no column '{MessageText.OneLine(name)}' for the {purpose} names.");
        return null;
    }

    private static string[] Texts(LeaderboardColumn column) =>
        Enumerable.Range(0, Math.Max(column.Numbers.Count, column.Texts.Count)).Select(i => ColumnValues.Text(column, i) ?? "").ToArray();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
