using ScalingDashboard.Core.Data;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Components.Pages.Data;

/// <summary>
/// Builds the Data page's first chart: a benchmark score against parameter count on a log axis, one series per family
/// when the table has a family column. Rows without a positive parameter count or without a score cannot be placed on
/// the chart; they are counted so the page can say how many were left out.
/// </summary>
public static class ScoreVsParametersPlot
{
    public static ScoreVsParametersResult Build(Leaderboard leaderboard, string scoreHeader, ColumnRole sizeRole = ColumnRole.Parameters)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var score = leaderboard.FindColumn(scoreHeader);
        var size = leaderboard.FindColumn(sizeRole);
        if (score is null || !score.IsNumeric)
        {
            return ScoreVsParametersResult.Failed($"There is no numeric column '{scoreHeader}' to plot.");
        }

        if (size is null)
        {
            var what = sizeRole == ColumnRole.ActiveParameters ? "active-parameter" : "parameter-count";
            return ScoreVsParametersResult.Failed(
                $"This table has no {what} column, so scores cannot be placed against model size. Map a column to that role with 'Column roles'.");
        }

        var family = leaderboard.FindColumn(ColumnRole.Family);
        var groups = new SortedDictionary<string, (List<double> X, List<double> Y, List<string> Labels)>(StringComparer.Ordinal);
        var omitted = 0;
        for (var row = 0; row < leaderboard.RowCount; row++)
        {
            var x = size.Numbers[row];
            var y = score.Numbers[row];
            if (x is not double xv || xv <= 0 || y is not double yv || double.IsNaN(yv))
            {
                omitted++;
                continue;
            }

            var key = family?.Texts[row] is { Length: > 0 } f ? f : "models";
            if (!groups.TryGetValue(key, out var group))
            {
                group = ([], [], []);
                groups[key] = group;
            }

            group.X.Add(xv);
            group.Y.Add(yv);
            group.Labels.Add(leaderboard.ModelNames[row]);
        }

        var series = groups.Select(g => new PlotSeries(g.Key, g.Value.X, g.Value.Y, g.Value.Labels)).ToList();
        var sizeTitle = sizeRole == ColumnRole.ActiveParameters ? "Active parameters (count, log scale)" : "Parameters (count, log scale)";
        var yTitle = score.Role == ColumnRole.Score ? $"{score.Header} (fraction correct)" : score.Header;
        var model = new PlotModel($"{score.Header} against model size", new PlotAxis(sizeTitle, IsLog: true, Unit: PlotUnit.Parameters), new PlotAxis(yTitle), series);
        return new ScoreVsParametersResult(model, series.Sum(s => s.X.Count), omitted, null);
    }
}
