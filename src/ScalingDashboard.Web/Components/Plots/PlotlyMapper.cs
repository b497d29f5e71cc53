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
        var scale = (style ?? ChartStyle.Default).Scale;
        var xName = Escape(model.XAxis.Title);
        var yName = Escape(model.YAxis.Title);
        var traces = new List<ITrace>(model.Series.Count + 1);
        foreach (var series in model.Series)
        {
            if (series.Style == SeriesStyle.Band)
            {
                traces.AddRange(Band(series));
                continue;
            }

            var scatter = new Scatter
            {
                Name = Escape(series.Name),
                X = Values(series.X),
                Y = Values(series.Y),
                Mode = series.Style == SeriesStyle.Markers ? ModeFlag.Markers : ModeFlag.Lines,
                ShowLegend = series.ShowInLegend,
                LegendGroup = series.LegendGroup is null ? null : Escape(series.LegendGroup),
            };
            var first = series.Labels is null ? Escape(series.Name) : "<b>%{text}</b>";
            var extra = series.HoverLines is null ? "" : "%{customdata}";
            scatter.HoverTemplate = $"{first}<br>{xName}: %{{x:.4~s}}<br>{yName}: %{{y:.4~r}}{extra}<extra></extra>";
            if (series.Labels is not null)
            {
                scatter.TextArray = series.Labels.Select(Escape).ToList();
            }

            if (series.HoverLines is not null)
            {
                scatter.CustomData = series.HoverLines
                    .Select(line => (object)string.Concat(line.Split('\n').Where(l => l.Length > 0).Select(l => "<br>" + Escape(l))))
                    .ToList();
            }

            if (series.Style == SeriesStyle.Markers)
            {
                scatter.Marker = new Marker
                {
                    Size = (decimal)(series.MarkerSize * scale),
                    Color = series.Color,
                    Opacity = 0.9m,
                    Symbol = Enum.Parse<Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum>(series.Symbol.ToString()),
                    Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Width = 1, Color = "rgba(0,0,0,0.45)" },
                };
                if (series.XLower is not null && series.XUpper is not null)
                {
                    scatter.ErrorX = new ErrorX
                    {
                        Type = Plotly.Blazor.Traces.ScatterLib.ErrorXLib.TypeEnum.Data,
                        Symmetric = false,
                        Array = Values(series.XUpper.Zip(series.X, (upper, x) => upper - x)),
                        ArrayMinus = Values(series.XLower.Zip(series.X, (lower, x) => x - lower)),
                        Color = series.Color,
                        Visible = true,
                    };
                }
            }
            else
            {
                scatter.HoverTemplate = $"{Escape(series.Name)}<br>{xName}: %{{x:.4~s}}<br>{yName}: %{{y:.4~r}}<extra></extra>";
                scatter.Line = new Line
                {
                    Width = (decimal)((series.Style == SeriesStyle.DottedLine ? 1.5 : 2.5) * scale),
                    Color = series.Color,
                    Dash = series.Style switch { SeriesStyle.DashedLine => "dash", SeriesStyle.DottedLine => "dot", _ => "solid" },
                };
            }

            traces.Add(scatter);
        }

        return traces;
    }

    public static Plotly.Blazor.Layout ToLayout(PlotModel model, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        style ??= ChartStyle.Default;
        var grid = style.Dark ? "#3a3f4b" : "#e5e5e5";
        return new Plotly.Blazor.Layout
        {
            Title = new Plotly.Blazor.LayoutLib.Title { Text = Escape(model.Title) },
            XAxis = [ToXAxis(model.XAxis, grid)],
            YAxis = [ToYAxis(model.YAxis, grid)],
            HoverMode = HoverModeEnum.Closest,
            Margin = new Margin { L = 70, R = 20, T = 50, B = 60 },
            ShowLegend = model.Series.Count(s => s.ShowInLegend) > 1,
            // A horizontal legend under the plot keeps the plotting area full width, even in narrow panels.
            Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = -0.22m, X = 0 }],
            Font = new Font { Size = (decimal)(12 * style.Scale), Color = style.Dark ? "#e0e0e0" : "#222222" },
            PaperBgColor = "rgba(0,0,0,0)",
            PlotBgColor = "rgba(0,0,0,0)",
        };
    }

    /// <summary>
    /// Coordinates for Plotly: a non-finite number (a log of zero, a failed prediction) becomes null, which Plotly
    /// draws as a gap; JSON has no infinity, and one would otherwise break the whole circuit's render.
    /// </summary>
    public static IList<object> Values(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Select(v => double.IsFinite(v) ? (object)v : null!).ToList();
    }

    /// <summary>"#rrggbb" as "rgba(r,g,b,alpha)", so a band shows the points and curve beneath it.</summary>
    public static string Translucent(string? hex, double alpha)
    {
        if (hex is not { Length: 7 } || hex[0] != '#')
        {
            return $"rgba(128,128,128,{alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
        }

        var r = Convert.ToInt32(hex[1..3], 16);
        var g = Convert.ToInt32(hex[3..5], 16);
        var b = Convert.ToInt32(hex[5..7], 16);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"rgba({r},{g},{b},{alpha})");
    }

    /// <summary>Encodes text so Plotly shows it literally: HTML special characters and the template marker '%'.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text ?? "").Replace("%", "&#37;", StringComparison.Ordinal);

    /// <summary>A band is two traces: the lower edge (invisible) and the upper edge filled down to it.</summary>
    private static IEnumerable<ITrace> Band(PlotSeries series)
    {
        var lower = series.YLower ?? throw new ArgumentException($"Band '{series.Name}' has no lower edge.", nameof(series));
        yield return new Scatter
        {
            Name = Escape(series.Name) + " (lower)",
            X = Values(series.X),
            Y = Values(lower),
            Mode = ModeFlag.Lines,
            Line = new Line { Width = 0, Color = series.Color },
            ShowLegend = false,
            LegendGroup = series.LegendGroup is null ? null : Escape(series.LegendGroup),
            HoverInfo = HoverInfoFlag.Skip,
        };
        yield return new Scatter
        {
            Name = Escape(series.Name),
            X = Values(series.X),
            Y = Values(series.Y),
            Mode = ModeFlag.Lines,
            Line = new Line { Width = 0, Color = series.Color },
            Fill = FillEnum.ToNextY,
            FillColor = Translucent(series.Color, 0.22),
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
        Range = axis.Range is var (lo, hi) ? [lo, hi] : null,
        TickFormat = axis.TickFormat,
        ExponentFormat = Plotly.Blazor.LayoutLib.YAxisLib.ExponentFormatEnum.Power,
    };
}
