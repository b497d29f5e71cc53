namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// Values sorted into groups by name (ordinal order), non-finite values and unnamed rows left out. Shared by the ANOVA
/// and Tukey entry points so both see exactly the same groups.
/// </summary>
internal sealed class GroupedValues
{
    private GroupedValues(IReadOnlyList<string> names, IReadOnlyList<List<double>> values, int leftOut)
    {
        Names = names;
        Values = values;
        LeftOut = leftOut;
    }

    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<List<double>> Values { get; }

    public int LeftOut { get; }

    public static GroupedValues Create(IReadOnlyList<double> values, IReadOnlyList<string> groups)
    {
        var byName = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var leftOut = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var name = groups[i];
            if (!double.IsFinite(values[i]) || name is null)
            {
                leftOut++;
                continue;
            }

            if (!byName.TryGetValue(name, out var list))
            {
                list = [];
                byName[name] = list;
            }

            list.Add(values[i]);
        }

        var names = byName.Keys.Order(StringComparer.Ordinal).ToList();
        return new GroupedValues(names, names.Select(n => byName[n]).ToList(), leftOut);
    }
}
