using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// The parameter-vs-accuracy view: score = a + b log10(size) through the models with a size (000_*), the size
/// frontier (004_*), and closed models read back off the line at their score.
/// </summary>
public static class SizeScatter
{
    public static SizeScatterResult Build(Leaderboard table, IReadOnlyList<int> rows, string benchmark, AnalysisSpec spec)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(spec);
        var sizeColumn = table.FindColumn(spec.ActiveParameters ? ColumnRole.ActiveParameters : ColumnRole.Parameters);
        var score = table.FindColumn(benchmark);
        if (sizeColumn is null || score is null)
        {
            var what = spec.ActiveParameters ? "an active-parameter" : "a parameter-count";
            return new SizeScatterResult(benchmark, "", [], [], [], [], null, [], [], $"This table has no {what} column.");
        }

        var group = spec.GroupBy is null ? null : table.FindColumn(spec.GroupBy);
        List<double> size = [], y = [];
        List<string> labels = [], groups = [];
        var closed = new List<(string Label, double Score)>();
        foreach (var row in rows)
        {
            if (score.Numbers[row] is not double s || !double.IsFinite(s))
            {
                continue;
            }

            if (sizeColumn.Numbers[row] is double n && n > 0)
            {
                size.Add(n);
                y.Add(s);
                labels.Add(table.ModelNames[row]);
                groups.Add(Groups.Label(group, row));
            }
            else
            {
                closed.Add((table.ModelNames[row], s));
            }
        }

        if (size.Count < 3)
        {
            return new SizeScatterResult(benchmark, sizeColumn.Header, size, y, labels, groups, null, [], [],
                $"Only {size.Count} models have a size and a score; a line needs at least 3.");
        }

        var fit = FitFormRegistry.Default.Get("log-linear").Fit(new FitRequest(size, y) { Labels = labels });
        var implied = new List<ImpliedSize>();
        foreach (var (label, s) in closed)
        {
            if (InversePrediction.FromLogLinear(fit, s) is { } estimate && double.IsFinite(estimate.X))
            {
                implied.Add(new ImpliedSize(label, s, estimate.X, estimate.Lower, estimate.Upper));
            }
        }

        return new SizeScatterResult(benchmark, sizeColumn.Header, size, y, labels, groups, fit, Frontier.Compute(size, y), implied, null);
    }
}
