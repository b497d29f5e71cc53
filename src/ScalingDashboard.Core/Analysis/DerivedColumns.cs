using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// Columns the Explorer offers beyond the file's own: tokens per parameter (the seed's TPR, D / N), usable as an
/// x axis or a filter, added when the table has both a token and a parameter count and no such column yet.
/// </summary>
public static class DerivedColumns
{
    public const string TokensPerParameter = "tokens per parameter (D/N)";

    public static Leaderboard Add(Leaderboard table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var tokens = table.FindColumn(ColumnRole.TrainingTokens);
        var parameters = table.FindColumn(ColumnRole.Parameters);
        if (tokens is null || parameters is null || table.FindColumn(TokensPerParameter) is not null)
        {
            return table;
        }

        var ratio = new double?[table.RowCount];
        for (var row = 0; row < table.RowCount; row++)
        {
            ratio[row] = tokens.Numbers[row] is double d && parameters.Numbers[row] is double n && n > 0 ? d / n : null;
        }

        var column = new LeaderboardColumn(TokensPerParameter, ColumnRole.Numeric, ratio, null, new ColumnUnit(1, "derived: training tokens / parameters"));
        return new Leaderboard(table.ModelNames, [.. table.Columns, column]);
    }
}
