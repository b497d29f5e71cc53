namespace ScalingDashboard.Core.Data;

/// <summary>
/// Builds a score column as fractions. Percent or fraction is decided per column, not per cell: a '%' anywhere,
/// a '%' in the header, or any value above 1 with none above 100 means the whole column is in percent.
/// </summary>
internal static class ScoreColumn
{
    public static LeaderboardColumn Build(HeaderInfo info, ReadOnlySpan<CellValue> parsed, IReadOnlyList<int> rows, IssueCollector issues)
    {
        var anyPercent = info.Percent;
        var max = double.NegativeInfinity;
        foreach (var cell in parsed)
        {
            if (cell.Kind == CellKind.Number)
            {
                anyPercent |= cell.Percent;
                max = Math.Max(max, cell.Value);
            }
        }

        var percent = anyPercent || (max > 1 && max <= 100);
        var unit = percent ? new ColumnUnit(0.01, "percent, divided by 100") : new ColumnUnit(1, "fraction, as written");
        var numbers = new NumberCells(parsed.Length);
        for (var i = 0; i < parsed.Length; i++)
        {
            if (parsed[i].Kind != CellKind.Number)
            {
                continue;
            }

            // Dividing by 100 (exact) rather than multiplying by 0.01 (inexact) keeps 55 -> 0.55 exactly.
            var value = percent ? parsed[i].Value / 100 : parsed[i].Value;
            numbers.Set(i, value);
            if (value is < 0 or > 1)
            {
                issues.Warn(
                    "score out of range",
                    $"{ColumnBuilder.FormatNumber(value)} is outside [0, 1] after scaling ({unit.Description}).",
                    rows[i],
                    info.Header);
            }
        }

        return new LeaderboardColumn(info.Header, ColumnRole.Score, numbers, null, unit);
    }
}
