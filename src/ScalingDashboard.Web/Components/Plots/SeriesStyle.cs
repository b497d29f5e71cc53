namespace ScalingDashboard.Web.Components.Plots;

public enum SeriesStyle
{
    Markers,
    Line,
    DashedLine,
    DottedLine,

    /// <summary>A shaded region between <see cref="PlotSeries.YLower"/> and <see cref="PlotSeries.Y"/>.</summary>
    Band,
}
