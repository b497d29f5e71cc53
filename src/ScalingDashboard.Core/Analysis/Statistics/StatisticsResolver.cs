using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Statistics;

namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>Fills a statistics view's defaults in against a table, saying in plain words what it could not use.</summary>
public static class StatisticsResolver
{
    public static ResolvedStatistics Resolve(Leaderboard table, StatisticsSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<string>();
        var benchmarks = new List<LeaderboardColumn>();
        foreach (var name in spec.Benchmarks)
        {
            if (table.FindColumn(name) is { IsNumeric: true } column)
            {
                benchmarks.Add(column);
            }
            else
            {
                problems.Add($"This table has no numeric column '{MessageText.OneLine(name)}'; it was left out.");
            }
        }

        if (spec.Benchmarks.Count == 0)
        {
            benchmarks.AddRange(table.ScoreColumns);
        }

        var parameters = table.FindColumn(ColumnRole.Parameters);
        var family = table.FindColumn(ColumnRole.Family) ?? table.FindColumn(ColumnRole.TrainingType);
        var group = Column(table, spec.Grouping.Column, parameters ?? family, "grouping", problems);
        var (groupOfRow, description) = group is null
            ? (new string?[table.RowCount], "no grouping column")
            : GroupRows(group, table.RowCount, spec.Grouping, problems);

        var model = spec.Model;
        var y = Column(table, model.Y, benchmarks.FirstOrDefault(), "model response", problems, numeric: true);
        var x = Column(table, model.X, parameters, "model predictor", problems, numeric: true);
        var random = Column(table, model.Random, family, "random effect", problems);
        var by = model.By is null ? null : Column(table, model.By, null, "by factor", problems);
        var colour = Column(table, spec.Embedding.ColourBy, group, "colour", problems);
        return new ResolvedStatistics(benchmarks, group, groupOfRow, description, y, x, random, by, colour, problems);
    }

    /// <summary>Each row's group: a text cell as it is, a number by its bracket; null for a row left out.</summary>
    private static (string?[] Groups, string Description) GroupRows(LeaderboardColumn column, int rowCount, GroupingSpec grouping, List<string> problems)
    {
        var rows = new string?[rowCount];
        if (!column.IsNumeric)
        {
            var empty = 0;
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = ColumnValues.Text(column, i);
                empty += rows[i] is null ? 1 : 0;
            }

            return (rows, $"{column.Header} (its values as groups){LeftOut(empty, "with an empty cell")}");
        }

        var (brackets, problem) = Brackets.Create(grouping.Edges, grouping.Closure);
        if (brackets is null)
        {
            problems.Add(problem ?? "The bracket edges cannot be used.");
            return (rows, $"{column.Header}: no usable brackets");
        }

        var values = ColumnValues.AsWritten(column);
        var isSize = column.Role is ColumnRole.Parameters or ColumnRole.ActiveParameters;
        var (unknown, outside) = (0, 0);
        for (var i = 0; i < rows.Length; i++)
        {
            if (double.IsNaN(values[i]) || (isSize && values[i] <= 0))
            {
                unknown++; // issue 9's rule: a size of 0, empty or negative means "not known", never a tiny model
                continue;
            }

            var index = brackets.Assign(values[i]);
            outside += index < 0 ? 1 : 0;
            rows[i] = index < 0 ? null : brackets.Label(index);
        }

        var closure = grouping.Closure == BracketClosure.Left ? "left-closed [a, b)" : "right-closed (a, b]";
        var labels = string.Join(" ", Enumerable.Range(0, grouping.Edges.Count - 1).Select(brackets.Label));
        return (rows, $"{column.Header} in {closure} brackets {labels}{LeftOut(unknown, isSize ? "of unknown size" : "without a value")}{LeftOut(outside, "outside every bracket")}");
    }

    private static string LeftOut(int count, string why) => count == 0 ? "" : $"; {count} {(count == 1 ? "row" : "rows")} {why} left out";

    private static LeaderboardColumn? Column(Leaderboard table, string? name, LeaderboardColumn? fallback, string purpose, List<string> problems, bool numeric = false)
    {
        if (name is null)
        {
            return fallback;
        }

        var column = table.FindColumn(name);
        if (column is null || (numeric && !column.IsNumeric))
        {
            problems.Add($"This table has no {(numeric ? "numeric " : "")}column '{MessageText.OneLine(name)}' for the {purpose}; {(fallback is null ? "none is used" : $"'{fallback.Header}' is used")}.");
            return fallback;
        }

        return column;
    }
}
