using System.Globalization;

namespace ScalingDashboard.Web.Components.Plots;

/// <summary>
/// Large tables are fitted in full but drawn thinned: Plotly redraws thousands of SVG markers (and the circuit ships
/// their hover text) on every slider tick, which is what made a 7,169-row table lag seconds behind the slider. Each
/// marker series keeps an even share of at most <see cref="MaxMarkers"/> points, every k-th in its own order, and the
/// plot says so. Curves, bands and small plots are untouched.
/// </summary>
public static class PlotThinning
{
    /// <summary>Enough to show the shape of any cloud; few enough for a redraw well under the slider's budget.</summary>
    public const int MaxMarkers = 1500;

    public static PlotModel Thin(PlotModel model, int maxMarkers = MaxMarkers)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMarkers, 1);
        var total = model.Series.Where(s => s.Style == SeriesStyle.Markers).Sum(s => s.X.Count);
        if (total <= maxMarkers)
        {
            return model;
        }

        var stride = (int)Math.Ceiling((double)total / maxMarkers);
        var series = model.Series.Select(s => s.Style == SeriesStyle.Markers ? Every(s, stride) : s).ToList();
        var drawn = series.Where(s => s.Style == SeriesStyle.Markers).Sum(s => s.X.Count);
        var note = string.Create(CultureInfo.InvariantCulture,
            $"Drawing {drawn:N0} of {total:N0} points (every {Ordinal(stride)} of each set) so the plot keeps up; every point is in the fit and the tables.");
        return model with { Series = series, Notes = [.. model.Notes, note] };
    }

    private static PlotSeries Every(PlotSeries series, int stride)
    {
        if (series.X.Count <= 1)
        {
            return series;
        }

        var keep = Enumerable.Range(0, series.X.Count).Where(i => i % stride == 0).ToList();
        return series with
        {
            X = Pick(series.X, keep)!,
            Y = Pick(series.Y, keep)!,
            Labels = Pick(series.Labels, keep),
            HoverLines = Pick(series.HoverLines, keep),
            XLower = Pick(series.XLower, keep),
            XUpper = Pick(series.XUpper, keep),
        };
    }

    private static List<T>? Pick<T>(IReadOnlyList<T>? values, List<int> keep) =>
        values is null ? null : keep.Select(i => values[i]).ToList();

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
