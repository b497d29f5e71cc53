using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

/// <summary>The rows a view keeps: by open/closed weights, by group value, by parameter-count range.</summary>
public static class RowFilter
{
    public static IReadOnlyList<int> Keep(Leaderboard table, ExplorerState state)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(state);
        var size = table.FindColumn(ColumnRole.Parameters);
        var group = state.GroupBy is null ? null : table.FindColumn(state.GroupBy);
        var families = state.Families.Length == 0 ? null : state.Families.ToHashSet(StringComparer.Ordinal);
        var rows = new List<int>(table.RowCount);
        for (var row = 0; row < table.RowCount; row++)
        {
            var parameters = size?.Numbers[row];
            var open = parameters is > 0;
            if ((state.Weights == WeightsFilter.Open && !open) || (state.Weights == WeightsFilter.Closed && open))
            {
                continue;
            }

            if (families is not null && !families.Contains(ExplorerAnalysis.GroupOf(group, row)))
            {
                continue;
            }

            if ((state.SizeMin is double min && !(parameters >= min)) || (state.SizeMax is double max && !(parameters <= max)))
            {
                continue;
            }

            rows.Add(row);
        }

        return rows;
    }
}
