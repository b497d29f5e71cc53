namespace ScalingDashboard.Web.Components.Plots;

/// <summary>An axis: its title (with units) and whether it is logarithmic.</summary>
/// <param name="Range">Fixed visible range (linear axes), or null to fit the data.</param>
public sealed record PlotAxis(string Title, bool IsLog = false, string? TickFormat = null, (double Min, double Max)? Range = null);
