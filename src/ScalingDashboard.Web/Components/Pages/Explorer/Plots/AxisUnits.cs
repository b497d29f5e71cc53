using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Plots;

/// <summary>
/// The unit of an x column, read from its header the way the reader recognises roles ("flops", "#Params (B)",
/// "tokens"), so hovers can say "6.2e21 FLOPs". A ratio such as tokens per parameter is a plain number.
/// </summary>
public static class AxisUnits
{
    public static PlotUnit ForColumn(string? header)
    {
        var name = new string((header ?? "").ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
        if (name.Contains("per", StringComparison.Ordinal) || name.Contains("ratio", StringComparison.Ordinal))
        {
            return PlotUnit.Number;
        }

        if (name.Contains("flop", StringComparison.Ordinal) || name.Contains("compute", StringComparison.Ordinal))
        {
            return PlotUnit.Flops;
        }

        if (name.Contains("param", StringComparison.Ordinal))
        {
            return PlotUnit.Parameters;
        }

        return name.Contains("token", StringComparison.Ordinal) ? PlotUnit.Tokens : PlotUnit.Number;
    }
}
