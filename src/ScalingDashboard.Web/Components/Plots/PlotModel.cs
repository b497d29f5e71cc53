namespace ScalingDashboard.Web.Components.Plots;

/// <summary>
/// What a chart shows, independent of Plotly: the pages build this, <see cref="PlotlyMapper"/> turns it into traces.
/// </summary>
public sealed record PlotModel(string Title, PlotAxis XAxis, PlotAxis YAxis, IReadOnlyList<PlotSeries> Series)
{
    /// <summary>Plain-words notes shown under the chart: what the builder left out of it and why.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
