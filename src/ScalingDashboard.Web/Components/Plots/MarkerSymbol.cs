namespace ScalingDashboard.Web.Components.Plots;

/// <summary>Marker shapes the dashboard uses to tell point roles apart (fit, holdout, excluded, estimate).</summary>
public enum MarkerSymbol
{
    Circle,
    Diamond,
    Square,
    CircleOpen,
    XThinOpen,
    Star,
}
