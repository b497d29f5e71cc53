namespace ScalingDashboard.Web.Components.Plots;

public enum SeriesStyle
{
    Markers,
    Line,
    DashedLine,
}
