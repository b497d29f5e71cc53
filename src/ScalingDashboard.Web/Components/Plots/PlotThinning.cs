using System.Globalization;

namespace ScalingDashboard.Web.Components.Plots;

/// <summary>
/// Large tables are fitted in full but drawn thinned: Plotly redraws every SVG marker (and the circuit ships its hover
/// text) on every slider tick, which is what made a 7,169-row table lag seconds behind the slider. Above
/// <see cref="MaxMarkers"/> markers, points that would cover each other are drawn once: the plot is cut into a grid of
/// cells smaller than a marker (in the axes' own scale, log or linear) and each set keeps the first of its points in
/// each cell, so outliers and the cloud's shape survive where "every k-th point" lost them. Should that still leave
/// too many, every k-th of the rest is kept. The plot says what it drew. Curves, bands and small plots are untouched.
/// </summary>
public static class PlotThinning
{
    /// <summary>Up to this many markers every point is drawn; the slider keeps up with about this many.</summary>
    public const int MaxMarkers = 1500;

    /// <summary>
    /// Cells across and down the plotting area. A plot is about 1,300 by 300 px at 1440 px wide and a marker 9 px:
    /// these cells are 6.5 by 3.75 px, smaller than a marker either way, so a dropped point lay under a drawn one.
    /// </summary>
    public const int Columns = 200;
    public const int Rows = 80;

    public static PlotModel Thin(PlotModel model, int maxMarkers = MaxMarkers)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMarkers, 1);
        var total = model.Series.Where(s => s.Style == SeriesStyle.Markers).Sum(s => s.X.Count);
        if (total <= maxMarkers)
        {
            return model;
        }

        var grid = CellGrid.Over(model);
        var series = model.Series.Select(s => s.Style == SeriesStyle.Markers ? Pick(s, grid.OnePerCell(s)) : s).ToList();
        var merged = series.Where(s => s.Style == SeriesStyle.Markers).Sum(s => s.X.Count);
        var how = $"where points overlap one stands for the rest (one per cell of a {Columns} x {Rows} grid)";
        if (merged > maxMarkers)
        {
            var stride = (int)Math.Ceiling((double)merged / maxMarkers);
            series = series.Select(s => s.Style == SeriesStyle.Markers ? Pick(s, Every(s.X.Count, stride)) : s).ToList();
            how += $", then every {Ordinal(stride)} of each set";
        }

        var drawn = series.Where(s => s.Style == SeriesStyle.Markers).Sum(s => s.X.Count);
        var note = string.Create(CultureInfo.InvariantCulture,
            $"Drawing {drawn:N0} of {total:N0} points: {how}, so the plot keeps up; every point is in the fit and the tables.");
        return model with { Series = series, Notes = [.. model.Notes, note] };
    }

    private static List<int> Every(int count, int stride) =>
        Enumerable.Range(0, count).Where(i => i % stride == 0).ToList();

    private static PlotSeries Pick(PlotSeries series, List<int> keep) =>
        keep.Count == series.X.Count
            ? series
            : series with
            {
                X = Pick(series.X, keep)!,
                Y = Pick(series.Y, keep)!,
                Labels = Pick(series.Labels, keep),
                HoverLines = Pick(series.HoverLines, keep),
                XLower = Pick(series.XLower, keep),
                XUpper = Pick(series.XUpper, keep),
            };

    private static List<T>? Pick<T>(IReadOnlyList<T>? values, List<int> keep) =>
        values is null ? null : keep.Select(i => i < values.Count ? values[i] : default!).ToList();

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };

    /// <summary>The grid over every marker of a plot, in the axes' scale, shared by all its sets so cells line up.</summary>
    private sealed class CellGrid(bool logX, bool logY, (double Min, double Max) x, (double Min, double Max) y)
    {
        public static CellGrid Over(PlotModel model)
        {
            var markers = model.Series.Where(s => s.Style == SeriesStyle.Markers).ToList();
            var (logX, logY) = (model.XAxis.IsLog, model.YAxis.IsLog);
            return new CellGrid(logX, logY,
                Extent(markers.SelectMany(s => s.X).Select(v => Scale(v, logX))),
                Extent(markers.SelectMany(s => s.Y).Select(v => Scale(v, logY))));
        }

        /// <summary>
        /// The first point of each occupied cell, in the set's order. Points the axes cannot place are all kept: the
        /// plot counts them in its note (<see cref="PlotlyMapper.Notes"/>) and draws none of them.
        /// </summary>
        public List<int> OnePerCell(PlotSeries series)
        {
            var seen = new HashSet<long>();
            var keep = new List<int>();
            for (var i = 0; i < series.X.Count; i++)
            {
                var (cx, cy) = (Cell(Scale(series.X[i], logX), x, Columns), Cell(Scale(series.Y[i], logY), y, Rows));
                if (cx < 0 || cy < 0 || seen.Add(((long)cx * Rows) + cy))
                {
                    keep.Add(i);
                }
            }

            return keep;
        }

        private static double Scale(double v, bool log) => PlotNumber.Drawable(v, log) ? (log ? Math.Log10(v) : v) : double.NaN;

        private static (double Min, double Max) Extent(IEnumerable<double> values)
        {
            var (min, max) = (double.PositiveInfinity, double.NegativeInfinity);
            foreach (var v in values.Where(double.IsFinite))
            {
                (min, max) = (Math.Min(min, v), Math.Max(max, v));
            }

            return min <= max ? (min, max) : (0, 0);
        }

        /// <summary>
        /// The cell index along one axis, or -1 for a point that cannot be placed. Halves keep the differences finite
        /// on a linear axis spanning -1e308..1e308.
        /// </summary>
        private static int Cell(double v, (double Min, double Max) extent, int cells)
        {
            if (!double.IsFinite(v))
            {
                return -1;
            }

            var span = (extent.Max / 2) - (extent.Min / 2);
            return span > 0 ? Math.Clamp((int)(((v / 2) - (extent.Min / 2)) / span * cells), 0, cells - 1) : 0;
        }
    }
}
