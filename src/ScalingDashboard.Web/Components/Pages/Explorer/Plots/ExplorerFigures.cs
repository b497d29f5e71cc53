using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Plots;

/// <summary>
/// Every plot model of one analysis result, built once per result so a re-render passes the same references and the
/// charts are not redrawn for nothing.
/// </summary>
public sealed record ExplorerFigures(
    IReadOnlyList<PlotModel> Scaling,
    PlotModel? ResidualsAgainstX,
    PlotModel? ResidualsAgainstPredicted,
    PlotModel? Size,
    PlotModel? Sweep)
{
    public static ExplorerFigures Build(ExplorerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var xTitle = result.View.X ?? "x";
        var scaling = result.Data.Select(d => ExplorerPlots.Scaling(result, d, xTitle)).ToList();
        var residuals = result.Data.Count > 0 ? ExplorerPlots.Residuals(result, result.Data[0], xTitle) : default;
        var size = result.Size is { Problem: null } s ? ExplorerPlots.Size(s, result.State.GroupBy) : null;
        var sweep = result.Sweeps.Count > 0 ? ExplorerPlots.Sweep(result, xTitle) : null;
        return new ExplorerFigures(scaling, residuals.AgainstX, residuals.AgainstPredicted, size, sweep);
    }
}
