using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Analysis.Matrix;

/// <summary>
/// Predicted scores as a separate, marked column set of a wide leaderboard: for each task column "T" a score column
/// "T (predicted)" holding the completed matrix's prediction where the table's own cell is empty, and nothing where it
/// was measured, so the Explorer can include or exclude predictions per column and never mixes them up with scores.
/// </summary>
public static class PredictedColumns
{
    public const string Suffix = " (predicted)";

    /// <summary>Whether a header is one of the marked prediction columns.</summary>
    public static bool IsPredicted(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return header.EndsWith(Suffix, StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="table"/> with the prediction columns appended (replacing earlier ones of the same name), or the
    /// table unchanged and a reason: long form has no cell per task to fill, a failed run has no predictions.
    /// </summary>
    public static (Leaderboard Table, string? Problem) Append(Leaderboard table, MatrixResult result)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Completed is not { } completed || result.Matrix is null)
        {
            return (table, result.Failure ?? "There are no predictions to add.");
        }

        if (result.Spec.Form != MatrixForm.Wide)
        {
            return (table, "Predicted columns are added to a wide table (a row per model); this view reads the table in long form.");
        }

        var rowOfModel = result.Resolved.RowOfModel;
        var added = new List<LeaderboardColumn>();
        var skipped = new List<string>();
        var method = MatrixCodec.MethodName(result.Spec.Method);
        for (var j = 0; j < completed.Tasks.Count; j++)
        {
            // Score columns hold fractions; any other numeric column was min-max scaled, so a prediction on [0, 1] would not be in its units.
            if (table.FindColumn(completed.Tasks[j]) is not { Role: ColumnRole.Score })
            {
                skipped.Add(completed.Tasks[j]);
                continue;
            }

            var numbers = new double?[table.RowCount];
            for (var i = 0; i < completed.Models.Count; i++)
            {
                if (!completed.IsMeasured(i, j))
                {
                    numbers[rowOfModel[i]] = completed.Value(i, j);
                }
            }

            added.Add(new LeaderboardColumn(completed.Tasks[j] + Suffix, ColumnRole.Score, numbers, null,
                new ColumnUnit(1, $"fraction, predicted by {method} (not measured)")));
        }

        var names = added.Select(c => c.Header).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var columns = table.Columns.Where(c => !names.Contains(c.Header)).Concat(added).ToArray();
        var problem = skipped.Count == 0 ? null
            : $"No predicted column for {string.Join(", ", skipped.Select(MessageText.OneLine))}: not a score column, so its predictions are not in the table's units.";
        return (new Leaderboard(table.ModelNames, columns), problem);
    }
}
