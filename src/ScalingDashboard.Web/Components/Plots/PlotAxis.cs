namespace ScalingDashboard.Web.Components.Plots;

/// <summary>An axis: its title (with units) and whether it is logarithmic.</summary>
/// <param name="Range">Fixed visible range (linear axes), or null to fit the data.</param>
/// <param name="Unit">What the values measure, for hover text.</param>
public sealed record PlotAxis(string Title, bool IsLog = false, string? TickFormat = null, (double Min, double Max)? Range = null, PlotUnit Unit = PlotUnit.Number)
{
    /// <summary>
    /// The axis's line in a hover: the value with its unit where the unit names the quantity ("6.2e21 FLOPs"),
    /// otherwise the title and the value ("arc_easy (fraction correct): 0.634").
    /// </summary>
    public string HoverText(double value) => Unit is PlotUnit.Flops or PlotUnit.Parameters or PlotUnit.Tokens
        ? PlotNumber.Text(value, Unit)
        : $"{Title.Replace(" (log scale)", "", StringComparison.Ordinal)}: {PlotNumber.Text(value, Unit)}";
}
