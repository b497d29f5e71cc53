namespace ScalingDashboard.Web.Components.Plots;

/// <summary>An axis: its title (with units) and whether it is logarithmic.</summary>
public sealed record PlotAxis(string Title, bool IsLog = false, string? TickFormat = null);
