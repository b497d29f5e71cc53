using ScalingDashboard.Core.Data;

namespace ScalingDashboard.Core.Analysis;

/// <summary>The rows a view keeps: by open/closed weights, by group value, by parameter-count range.</summary>
public static class RowFilter
{
    public static IReadOnlyList<int> Keep(Leaderboard table, AnalysisSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var filters = spec.Filters;
        var size = table.FindColumn(ColumnRole.Parameters);
        var group = spec.GroupBy is null ? null : table.FindColumn(spec.GroupBy);
        var families = filters.Families.Count == 0 ? null : filters.Families.ToHashSet(StringComparer.Ordinal);
        var rows = new List<int>(table.RowCount);
        for (var row = 0; row < table.RowCount; row++)
        {
            var parameters = size?.Numbers[row];
            var open = parameters is > 0;
            if ((filters.Weights == WeightsFilter.Open && !open) || (filters.Weights == WeightsFilter.Closed && open))
            {
                continue;
            }

            if (families is not null && !families.Contains(Groups.Label(group, row)))
            {
                continue;
            }

            if ((filters.SizeMin is double min && !(parameters >= min)) || (filters.SizeMax is double max && !(parameters <= max)))
            {
                continue;
            }

            rows.Add(row);
        }

        return rows;
    }
}
