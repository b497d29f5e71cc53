namespace ScalingDashboard.Core.Data;

/// <summary>Chooses each row's label and reports model names that occur more than once.</summary>
internal static class RowNamer
{
    /// <summary>
    /// Names from the model-name column; without one, the first label column is promoted to model name (unless the
    /// user chose "label" for it), and without any text column the rows are called "row N".
    /// </summary>
    public static IReadOnlyList<string> Name(
        List<LeaderboardColumn> columns, IReadOnlyList<int> rows, Func<string, bool> userMapped, IssueCollector issues)
    {
        var index = columns.FindIndex(c => c.Role == ColumnRole.ModelName);
        if (index < 0)
        {
            index = columns.FindIndex(c => c.Role == ColumnRole.Label && !userMapped(c.Header));
            if (index >= 0)
            {
                var label = columns[index];
                columns[index] = new LeaderboardColumn(label.Header, ColumnRole.ModelName, null, label.Texts, label.Unit);
            }
        }

        var names = new string[rows.Count];
        var texts = index >= 0 ? columns[index].Texts : null;
        var firstRow = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = texts?[i];
            if (name is null)
            {
                names[i] = $"row {rows[i]}";
                continue;
            }

            names[i] = name;
            if (!firstRow.TryAdd(name, rows[i]))
            {
                issues.Warn(
                    "duplicate name",
                    $"the model '{name}' also appears in row {firstRow[name]}.",
                    rows[i],
                    columns[index].Header);
            }
        }

        return names;
    }
}
