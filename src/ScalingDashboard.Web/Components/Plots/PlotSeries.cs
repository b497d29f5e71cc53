namespace ScalingDashboard.Web.Components.Plots;

/// <summary>
/// One set of points or a curve. <see cref="Labels"/> are the per-point names shown on hover (model names: data from
/// the user's file, escaped by the mapper before they reach Plotly).
/// </summary>
public sealed record PlotSeries(
    string Name,
    IReadOnlyList<double> X,
    IReadOnlyList<double> Y,
    IReadOnlyList<string>? Labels = null,
    SeriesStyle Style = SeriesStyle.Markers,
    string? Color = null);
