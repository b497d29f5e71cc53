namespace ScalingDashboard.Core.Statistics.AdditiveModel;

/// <summary>
/// The rows a fit uses (finite x and y, a group and a by level where those are asked for) with their levels as
/// indices, levels numbered in order of first appearance.
/// </summary>
internal sealed class ModelRows
{
    private ModelRows(double[] x, double[] y, int[]? groups, string[] groupNames, int[]? by, string[] byNames, int leftOut)
    {
        X = x;
        Y = y;
        Groups = groups;
        GroupNames = groupNames;
        By = by;
        ByNames = byNames;
        LeftOut = leftOut;
    }

    public double[] X { get; }

    public double[] Y { get; }

    /// <summary>Random-effect level of each row, or null without a random term.</summary>
    public int[]? Groups { get; }

    public string[] GroupNames { get; }

    /// <summary>By level of each row, or null for a single smooth.</summary>
    public int[]? By { get; }

    /// <summary>By level names; one null entry without <c>By</c>.</summary>
    public string[] ByNames { get; }

    public int LeftOut { get; }

    public int Count => X.Length;

    public int ByLevel(int row) => By is null ? 0 : By[row];

    public static ModelRows Select(AdditiveModelRequest request)
    {
        var keep = new List<int>(request.X.Count);
        for (var i = 0; i < request.X.Count; i++)
        {
            if (double.IsFinite(request.X[i]) && double.IsFinite(request.Y[i])
                && !IsMissing(request.RandomGroups, i) && !IsMissing(request.By, i))
            {
                keep.Add(i);
            }
        }

        var x = keep.Select(i => request.X[i]).ToArray();
        var y = keep.Select(i => request.Y[i]).ToArray();
        var (groups, groupNames) = Index(request.RandomGroups, keep);
        var (by, byNames) = Index(request.By, keep);
        return new ModelRows(x, y, groups, groupNames, by, by is null ? [null!] : byNames, request.X.Count - keep.Count);
    }

    private static bool IsMissing(IReadOnlyList<string>? levels, int i) => levels is not null && string.IsNullOrWhiteSpace(levels[i]);

    private static (int[]? Indices, string[] Names) Index(IReadOnlyList<string>? levels, List<int> keep)
    {
        if (levels is null)
        {
            return (null, []);
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var indices = new int[keep.Count];
        for (var r = 0; r < keep.Count; r++)
        {
            var name = levels[keep[r]];
            if (!numbers.TryGetValue(name, out var number))
            {
                number = numbers.Count;
                numbers.Add(name, number);
            }

            indices[r] = number;
        }

        return (indices, numbers.OrderBy(p => p.Value).Select(p => p.Key).ToArray());
    }
}
