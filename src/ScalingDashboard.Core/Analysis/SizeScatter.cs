using System.Globalization;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// The parameter-vs-accuracy view: score = a + b log10(size) through the models with a size (000_*), the size
/// frontier (004_*), and closed-weight models read back off the line at their score. A row with no known size (0,
/// negative, empty or '?') that the table does not mark as closed is left out and counted: an unknown size is not a
/// closed model (see <see cref="ClosedWeights"/>).
/// </summary>
public static class SizeScatter
{
    /// <summary>
    /// At most this many closed models are placed, so a table with thousands of them draws a readable plot and the
    /// view stays fast; which ones, and how many of how many, the result says.
    /// </summary>
    public const int MaxClosedPlaced = 50;

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
        var weights = ClosedWeights.FindColumn(table);
        List<double> size = [], y = [];
        List<string> labels = [], groups = [];
        var closed = new List<(string Label, double Score)>();
        int scored = 0, unknown = 0;
        foreach (var row in rows)
        {
            if (score.Numbers[row] is not double s || !double.IsFinite(s))
            {
                continue;
            }

            scored++;
            if (sizeColumn.Numbers[row] is double n && n > 0)
            {
                size.Add(n);
                y.Add(s);
                labels.Add(table.ModelNames[row]);
                groups.Add(Groups.Label(group, row));
            }
            else if (ClosedWeights.IsClosed(weights, row))
            {
                closed.Add((table.ModelNames[row], s));
            }
            else
            {
                unknown++;
            }
        }

        var notes = new List<string>();
        if (unknown > 0)
        {
            var verb = unknown == 1 ? "rows has" : "rows have"; // "1 of 6 rows has", as the other notes say
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{unknown} of {scored} {verb} no known size (0, empty or '?'); left out of the size view."));
        }

        if (size.Count < 3)
        {
            return new SizeScatterResult(benchmark, sizeColumn.Header, size, y, labels, groups, null, [], [],
                $"Only {size.Count} models have a size and a score; a line needs at least 3.")
            { UnknownSize = unknown, ClosedTotal = closed.Count, Notes = notes };
        }

        var fit = FitFormRegistry.Default.Get("log-linear").Fit(new FitRequest(size, y) { Labels = labels });
        var implied = Place(fit, closed, y.Average());
        if (implied.Count < closed.Count)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"The size view places {implied.Count} of {closed.Count} closed models: at most {MaxClosedPlaced}, those whose score is nearest the mean score of the models with a size, where a size read off the line is most precise."));
        }

        return new SizeScatterResult(benchmark, sizeColumn.Header, size, y, labels, groups, fit, Frontier.Compute(size, y), implied, null)
        {
            UnknownSize = unknown,
            ClosedTotal = closed.Count,
            Notes = notes,
        };
    }

    /// <summary>
    /// Up to <see cref="MaxClosedPlaced"/> closed models, in table order, chosen nearest the mean score first: the
    /// interval of an inverse prediction widens with the distance from the mean of the fitted scores, and far from it
    /// the read-back extrapolates the line beyond the models that define it.
    /// </summary>
    private static List<ImpliedSize> Place(FitResult fit, List<(string Label, double Score)> closed, double meanScore)
    {
        var placed = new SortedList<int, ImpliedSize>();
        var nearestFirst = Enumerable.Range(0, closed.Count).OrderBy(i => Math.Abs(closed[i].Score - meanScore)).ThenBy(i => i);
        foreach (var i in nearestFirst)
        {
            if (placed.Count == MaxClosedPlaced)
            {
                break;
            }

            var (label, s) = closed[i];
            if (InversePrediction.FromLogLinear(fit, s) is { } estimate && double.IsFinite(estimate.X))
            {
                placed.Add(i, new ImpliedSize(label, s, estimate.X, estimate.Lower, estimate.Upper));
            }
        }

        return [.. placed.Values];
    }
}
