using System.Globalization;
using System.Text;

namespace ScalingDashboard.Core.Data;

/// <summary>
/// A leaderboard written back as CSV text that <see cref="LeaderboardReader"/> reads into the same table: a number
/// under a header that carries its unit ("params (B)") is written in that unit, a percent column in percent, any other
/// in base units (a "1.4B" cell as 1400000000), so reading gives the same numbers; texts as they were, RFC 4180 quoting. Used to store a derived table (a leaderboard with
/// predicted columns added) as a dataset of its own, so a link can reach it.
/// </summary>
public static class LeaderboardCsv
{
    public static string Write(Leaderboard table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        text.AppendJoin(',', table.Columns.Select(c => Quote(c.Header))).Append('\n');
        // Percent columns are written as percent too, so reading detects percent again and statistics "as written" agree.
        var divisors = table.Columns
            .Select(c => HeaderAnalyzer.Analyze(c.Header).UnitWord is not null || c.Unit.Multiplier < 1 ? c.Unit.Multiplier : 1)
            .ToArray();
        for (var row = 0; row < table.RowCount; row++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (c > 0)
                {
                    text.Append(',');
                }

                text.Append(Cell(table.Columns[c], divisors[c], row));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Cell(LeaderboardColumn column, double divisor, int row)
    {
        if (column.IsNumeric)
        {
            return row < column.Numbers.Count && column.Numbers[row] is { } value && double.IsFinite(value)
                ? (value / divisor).ToString("R", CultureInfo.InvariantCulture)
                : string.Empty;
        }

        return row < column.Texts.Count && column.Texts[row] is { } text ? Quote(text) : string.Empty;
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 && field.Trim() == field
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
