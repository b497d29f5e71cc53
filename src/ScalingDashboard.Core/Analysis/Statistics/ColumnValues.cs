using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Analysis.Statistics;

/// <summary>
/// A column's numbers as the file writes them (percent stays percent, "params_b" stays billions), NaN where missing.
/// The statistics are run on these so that a result can be checked against R on the same CSV: the import's unit
/// factors (percent / 100, billions * 1e9) would otherwise shift logs and rescale differences.
/// </summary>
public static class ColumnValues
{
    public static double[] AsWritten(LeaderboardColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        // A text column has no numbers: every value is missing.
        var values = new double[Math.Max(column.Numbers.Count, column.Texts.Count)];
        var multiplier = column.Unit.Multiplier;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i < column.Numbers.Count && column.Numbers[i] is { } v && double.IsFinite(v) ? v / multiplier : double.NaN;
        }

        return values;
    }

    /// <summary>The text of a cell for grouping: null when the cell is empty.</summary>
    public static string? Text(LeaderboardColumn column, int row)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.IsNumeric
            ? column.Numbers[row]?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
            : column.Texts[row] is { Length: > 0 } text ? text : null;
    }
}
