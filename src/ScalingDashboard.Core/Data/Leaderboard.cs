namespace ScalingDashboard.Core.Data;

/// <summary>
/// A table of models (rows) and their attributes and scores (columns), column-oriented because every analysis
/// reads whole columns. Immutable: an edit builds a new leaderboard.
/// </summary>
public sealed class Leaderboard
{
    public Leaderboard(IReadOnlyList<string> modelNames, IReadOnlyList<LeaderboardColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(modelNames);
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var column in columns)
        {
            var length = column.IsNumeric ? column.Numbers.Count : column.Texts.Count;
            if (length != modelNames.Count)
            {
                throw new ArgumentException(
                    $"Column '{column.Header}' has {length} cells but the table has {modelNames.Count} rows.", nameof(columns));
            }
        }

        ModelNames = modelNames;
        Columns = columns;
    }

    /// <summary>Row labels: the model-name column, or "row N" where the file had none.</summary>
    public IReadOnlyList<string> ModelNames { get; }

    public IReadOnlyList<LeaderboardColumn> Columns { get; }

    public int RowCount => ModelNames.Count;

    /// <summary>The column with this header (ordinal, case-insensitive), or null.</summary>
    public LeaderboardColumn? FindColumn(string header) =>
        Columns.FirstOrDefault(c => string.Equals(c.Header, header, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first column with this role, or null.</summary>
    public LeaderboardColumn? FindColumn(ColumnRole role) => Columns.FirstOrDefault(c => c.Role == role);

    /// <summary>All benchmark score columns, in file order.</summary>
    public IReadOnlyList<LeaderboardColumn> ScoreColumns => Columns.Where(c => c.Role == ColumnRole.Score).ToList();

    /// <summary>All numeric columns (usable as an x axis or a y value), in file order.</summary>
    public IReadOnlyList<LeaderboardColumn> NumericColumns => Columns.Where(c => c.IsNumeric).ToList();
}
