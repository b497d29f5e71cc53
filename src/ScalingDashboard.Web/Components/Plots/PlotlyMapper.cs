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
    public static IList<ITrace> ToTraces(PlotModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var xName = Escape(model.XAxis.Title);
        var yName = Escape(model.YAxis.Title);
        var traces = new List<ITrace>(model.Series.Count);
        foreach (var series in model.Series)
        {
            var scatter = new Scatter
            {
                Name = Escape(series.Name),
                X = series.X.Cast<object>().ToList(),
                Y = series.Y.Cast<object>().ToList(),
                Mode = series.Style == SeriesStyle.Markers ? ModeFlag.Markers : ModeFlag.Lines,
            };
            if (series.Labels is not null)
            {
                scatter.TextArray = series.Labels.Select(Escape).ToList();
                scatter.HoverTemplate = $"<b>%{{text}}</b><br>{xName}: %{{x:.4~s}}<br>{yName}: %{{y:.4~r}}<extra></extra>";
            }
            else
            {
                scatter.HoverTemplate = $"{Escape(series.Name)}<br>{xName}: %{{x:.4~s}}<br>{yName}: %{{y:.4~r}}<extra></extra>";
            }

            if (series.Style == SeriesStyle.Markers)
            {
                scatter.Marker = new Marker { Size = 9, Color = series.Color, Opacity = 0.85m };
            }
            else
            {
                scatter.Line = new Line { Width = 2.5m, Color = series.Color, Dash = series.Style == SeriesStyle.DashedLine ? "dash" : "solid" };
            }

            traces.Add(scatter);
        }

        return traces;
    }

    public static Plotly.Blazor.Layout ToLayout(PlotModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new Plotly.Blazor.Layout
        {
            Title = new Plotly.Blazor.LayoutLib.Title { Text = Escape(model.Title) },
            XAxis = [ToXAxis(model.XAxis)],
            YAxis = [ToYAxis(model.YAxis)],
            HoverMode = HoverModeEnum.Closest,
            Margin = new Margin { L = 70, R = 20, T = 50, B = 60 },
            ShowLegend = model.Series.Count > 1,
        };
    }

    /// <summary>Encodes text so Plotly shows it literally: HTML special characters and the template marker '%'.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text ?? "").Replace("%", "&#37;", StringComparison.Ordinal);

    private static XAxis ToXAxis(PlotAxis axis) => new()
    {
        Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = Escape(axis.Title) },
        Type = axis.IsLog ? Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Log : Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Linear,
        TickFormat = axis.TickFormat,
        ExponentFormat = Plotly.Blazor.LayoutLib.XAxisLib.ExponentFormatEnum.Power,
    };

    private static YAxis ToYAxis(PlotAxis axis) => new()
    {
        Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = Escape(axis.Title) },
        Type = axis.IsLog ? Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Log : Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Linear,
        TickFormat = axis.TickFormat,
    };
}
