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
    public string HoverText(double value) => HoverTitle is { } title ? $"{title}: {PlotNumber.Text(value, Unit)}" : PlotNumber.Text(value, Unit);

    /// <summary>What a hover puts before the value: the title without "(log scale)", or null when the unit names the quantity.</summary>
    public string? HoverTitle => Unit is PlotUnit.Flops or PlotUnit.Parameters or PlotUnit.Tokens
        ? null
        : Title.Replace(" (log scale)", "", StringComparison.Ordinal);
}
