namespace ScalingDashboard.Core.Data;

/// <summary>Per-column counts and ranges, shown after an import so the user can check the mapping made sense.</summary>
public sealed class LeaderboardSummary
{
    private LeaderboardSummary(int rowCount, IReadOnlyList<ColumnSummary> columns)
    {
        RowCount = rowCount;
        Columns = columns;
    }

    public int RowCount { get; }

    public IReadOnlyList<ColumnSummary> Columns { get; }

    public static LeaderboardSummary Create(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var columns = leaderboard.Columns.Select(Summarize).ToList();
        return new LeaderboardSummary(leaderboard.RowCount, columns);
    }

    private static ColumnSummary Summarize(LeaderboardColumn column)
    {
        if (!column.IsNumeric)
        {
            var texts = column.Texts.Where(t => t is not null).ToList();
            var distinct = texts.Distinct(StringComparer.Ordinal).Count();
            return new ColumnSummary(
                column.Header, column.Role, column.Unit.Description, texts.Count, column.Texts.Count - texts.Count, null, null, null, distinct);
        }

        var values = column.Numbers.Where(v => v.HasValue).Select(v => v!.Value).ToArray();
        Array.Sort(values);
        var missing = column.Numbers.Count - values.Length;
        if (values.Length == 0)
        {
            return new ColumnSummary(column.Header, column.Role, column.Unit.Description, 0, missing, null, null, null, null);
        }

        var middle = values.Length / 2;
        var median = values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        return new ColumnSummary(
            column.Header, column.Role, column.Unit.Description, values.Length, missing, values[0], median, values[^1], null);
    }
}
