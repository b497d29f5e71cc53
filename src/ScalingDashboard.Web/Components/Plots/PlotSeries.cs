namespace ScalingDashboard.Web.Components.Plots;

/// <summary>
/// One set of points, a curve or a band. <see cref="Labels"/> are per-point names and <see cref="HoverLines"/>
/// per-point extra hover text (prediction, residual): both may come from the user's file and are escaped by the mapper.
/// </summary>
public sealed record PlotSeries(
    string Name,
    IReadOnlyList<double> X,
    IReadOnlyList<double> Y,
    IReadOnlyList<string>? Labels = null,
    SeriesStyle Style = SeriesStyle.Markers,
    string? Color = null)
{
    public MarkerSymbol Symbol { get; init; } = MarkerSymbol.Circle;

    public double MarkerSize { get; init; } = 9;

    public IReadOnlyList<string>? HoverLines { get; init; }

    /// <summary>For <see cref="SeriesStyle.Band"/>: the lower edge; <see cref="PlotSeries.Y"/> is the upper edge.</summary>
    public IReadOnlyList<double>? YLower { get; init; }

    /// <summary>Horizontal interval per point (absolute x values), drawn as asymmetric error bars.</summary>
    public IReadOnlyList<double>? XLower { get; init; }

    public IReadOnlyList<double>? XUpper { get; init; }

    public bool ShowInLegend { get; init; } = true;

    /// <summary>Series with the same legend group toggle together (a form's solid and dashed parts).</summary>
    public string? LegendGroup { get; init; }
}
