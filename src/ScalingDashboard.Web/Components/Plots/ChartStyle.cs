namespace ScalingDashboard.Web.Components.Plots;

/// <summary>
/// How charts look on this screen, cascaded from the layout: dark or light, and a scale for fonts and markers that
/// presentation mode raises for a projector.
/// </summary>
public sealed record ChartStyle(bool Dark, double Scale)
{
    public static ChartStyle Default { get; } = new(false, 1);
}
