namespace ScalingDashboard.Web.Components.Plots;

/// <summary>
/// What a chart shows, independent of Plotly: the pages build this, <see cref="PlotlyMapper"/> turns it into traces.
/// </summary>
public sealed record PlotModel(string Title, PlotAxis XAxis, PlotAxis YAxis, IReadOnlyList<PlotSeries> Series);
