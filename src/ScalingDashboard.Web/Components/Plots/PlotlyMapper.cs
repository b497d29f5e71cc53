using System.Net;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace ScalingDashboard.Web.Components.Plots;

/// <summary>
/// Pure mapping from our <see cref="PlotModel"/> to Plotly traces and layout. Plotly renders titles, legend names and
/// hover text as a subset of HTML, so every piece of text that may come from a user's file is HTML-encoded here, and
/// '%' is encoded too so a column name cannot inject a hover-template variable.
/// </summary>
public static class PlotlyMapper
{
    public static IList<ITrace> ToTraces(PlotModel model, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        style ??= ChartStyle.Default;
        var traces = new List<ITrace>(model.Series.Count + 1);
        foreach (var series in model.Series)
        {
            if (series.Style == SeriesStyle.Band)
            {
                traces.AddRange(Band(series, model, style.Dark));
                continue;
            }

            var color = PlotColors.Legible(series.Color, style.Dark);
            var hover = PlotHover.For(series, model);
            var scatter = new Scatter
            {
                Name = Escape(series.Name),
                X = Values(series.X, model.XAxis.IsLog),
                Y = Values(series.Y, model.YAxis.IsLog),
                Mode = series.Style == SeriesStyle.Markers ? ModeFlag.Markers : ModeFlag.Lines,
                ShowLegend = series.ShowInLegend,
                LegendGroup = series.LegendGroup is null ? null : Escape(series.LegendGroup),
                // The hover's words are written here, so numbers carry units ("6.2e21 FLOPs") rather than Plotly's SI
                // prefixes ("6.2Z"), and every piece is escaped; the template holds the markup (see PlotHover). Labels
                // go nowhere else: Plotly would ship a text array it never shows.
                CustomData = hover.Rows.Cast<object>().ToList(),
                HoverTemplate = hover.Template,
            };

            if (series.Style == SeriesStyle.Markers)
            {
                scatter.Marker = new Marker
                {
                    Size = (decimal)(series.MarkerSize * style.Scale),
                    Color = color,
                    Opacity = 0.9m,
                    Symbol = Enum.Parse<Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum>(series.Symbol.ToString()),
                    Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Width = 1, Color = style.Dark ? "rgba(255,255,255,0.5)" : "rgba(0,0,0,0.45)" },
                };
                if (series.XLower is not null && series.XUpper is not null)
                {
                    scatter.ErrorX = new ErrorX
                    {
                        Type = Plotly.Blazor.Traces.ScatterLib.ErrorXLib.TypeEnum.Data,
                        Symmetric = false,
                        Array = Values(series.XUpper.Zip(series.X, (upper, x) => upper - x)),
                        ArrayMinus = Values(series.XLower.Zip(series.X, (lower, x) => x - lower)),
                        Color = color,
                        Visible = true,
                    };
                }
            }
            else
            {
                scatter.Line = new Line
                {
                    Width = (decimal)((series.Style == SeriesStyle.DottedLine ? 1.5 : 2.5) * style.Scale),
                    Color = color,
                    Dash = series.Style switch { SeriesStyle.DashedLine => "dash", SeriesStyle.DottedLine => "dot", _ => "solid" },
                };
            }

            traces.Add(scatter);
        }

        return traces;
    }

    /// <summary>
    /// What the chart should say under it: the builder's notes, then the points the axes cannot show (a value that is
    /// not a finite number, or not positive on a log axis), counted per series.
    /// </summary>
    public static IReadOnlyList<string> Notes(PlotModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var notes = new List<string>(model.Notes);
        foreach (var series in model.Series.Where(s => s.Style == SeriesStyle.Markers))
        {
            var left = series.X.Zip(series.Y)
                .Count(p => !PlotNumber.Drawable(p.First, model.XAxis.IsLog) || !PlotNumber.Drawable(p.Second, model.YAxis.IsLog));
            if (left > 0)
            {
                var points = left == 1 ? "1 point" : $"{left} points";
                notes.Add($"{points} of '{series.Name}' cannot be placed on these axes (not a finite number, or not positive on a log axis) and {(left == 1 ? "is" : "are")} left out.");
            }
        }

        return notes;
    }

    /// <param name="model">The chart.</param>
    /// <param name="style">Theme and scale.</param>
    /// <param name="height">The chart's height in pixels, scale included: the legend is placed in pixels below the
    /// x axis title, since Plotly positions it as a fraction of the plotting area, which shrinks with the chart.</param>
    public static Plotly.Blazor.Layout ToLayout(PlotModel model, ChartStyle? style = null, int height = 460)
    {
        ArgumentNullException.ThrowIfNull(model);
        style ??= ChartStyle.Default;
        var grid = style.Dark ? "#3a3f4b" : "#e5e5e5";
        var top = model.Title.Contains('\n', StringComparison.Ordinal) ? 70 : 50;
        const int Bottom = 60;
        var legendY = -64 * style.Scale / Math.Max(100, height - top - Bottom);
        return new Plotly.Blazor.Layout
        {
            Height = height,
            // A line break in a title is the builder's, not the user's: it survives escaping as <br>.
            Title = new Plotly.Blazor.LayoutLib.Title { Text = Escape(model.Title).Replace("\n", "<br>", StringComparison.Ordinal) },
            XAxis = [ToXAxis(model.XAxis, grid)],
            YAxis = [ToYAxis(model.YAxis, grid)],
            HoverMode = HoverModeEnum.Closest,
            Margin = new Margin { L = 70, R = 20, T = top, B = Bottom },
            ShowLegend = model.Series.Count(s => s.ShowInLegend) > 1,
            // A horizontal legend under the plot keeps the plotting area full width, even in narrow panels.
            Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = (decimal)Math.Round(legendY, 4), YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Top, X = 0 }],
            Font = new Font { Size = (decimal)(12 * style.Scale), Color = style.Dark ? "#e0e0e0" : "#222222" },
            PaperBgColor = "rgba(0,0,0,0)",
            PlotBgColor = "rgba(0,0,0,0)",
        };
    }

    /// <summary>
    /// Coordinates for Plotly (see <see cref="PlotNumber.Wire"/>): a number that cannot be drawn (not finite, or not
    /// positive on a log axis) becomes null, which Plotly draws as a gap; JSON has no infinity, and one would
    /// otherwise break the whole circuit's render. Numbers Plotly.Blazor cannot carry go as exponent-notation text.
    /// </summary>
    public static IList<object> Values(IEnumerable<double> values, bool logAxis = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Select(v => PlotNumber.Wire(v, logAxis)!).ToList();
    }

    /// <summary>Encodes text so Plotly shows it literally: HTML special characters and the template marker '%'.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text ?? "").Replace("%", "&#37;", StringComparison.Ordinal);

    /// <summary>A band is two traces: the lower edge (invisible) and the upper edge filled down to it.</summary>
    private static IEnumerable<ITrace> Band(PlotSeries series, PlotModel model, bool dark)
    {
        var color = PlotColors.Legible(series.Color, dark);
        var lower = series.YLower ?? throw new ArgumentException($"Band '{series.Name}' has no lower edge.", nameof(series));
        yield return new Scatter
        {
            Name = Escape(series.Name) + " (lower)",
            X = Values(series.X, model.XAxis.IsLog),
            Y = Values(lower, model.YAxis.IsLog),
            Mode = ModeFlag.Lines,
            Line = new Line { Width = 0, Color = color },
            ShowLegend = false,
            LegendGroup = series.LegendGroup is null ? null : Escape(series.LegendGroup),
            HoverInfo = HoverInfoFlag.Skip,
        };
        yield return new Scatter
        {
            Name = Escape(series.Name),
            X = Values(series.X, model.XAxis.IsLog),
            Y = Values(series.Y, model.YAxis.IsLog),
            Mode = ModeFlag.Lines,
            Line = new Line { Width = 0, Color = color },
            Fill = FillEnum.ToNextY,
            // A dark background swallows a faint fill; a little more opacity keeps the band visible there.
            FillColor = PlotColors.Translucent(color, dark ? 0.32 : 0.22),
            ShowLegend = series.ShowInLegend,
            LegendGroup = series.LegendGroup is null ? null : Escape(series.LegendGroup),
            HoverInfo = HoverInfoFlag.Skip,
        };
    }

    private static XAxis ToXAxis(PlotAxis axis, string grid) => new()
    {
        GridColor = grid,
        Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = Escape(axis.Title) },
        Type = axis.IsLog ? Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Log : Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Linear,
        TickFormat = axis.TickFormat,
        ExponentFormat = Plotly.Blazor.LayoutLib.XAxisLib.ExponentFormatEnum.Power,
    };

    private static YAxis ToYAxis(PlotAxis axis, string grid) => new()
    {
        GridColor = grid,
        Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = Escape(axis.Title) },
        Type = axis.IsLog ? Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Log : Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Linear,
        Range = axis.Range is var (lo, hi) ? [PlotNumber.Wire(lo)!, PlotNumber.Wire(hi)!] : null,
        TickFormat = axis.TickFormat,
        ExponentFormat = Plotly.Blazor.LayoutLib.YAxisLib.ExponentFormatEnum.Power,
    };
}
