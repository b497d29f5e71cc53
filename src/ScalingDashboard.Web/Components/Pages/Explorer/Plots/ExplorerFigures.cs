using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Plots;

/// <summary>
/// Every plot model of one analysis result, built once per result so a re-render passes the same references and the
/// charts are not redrawn for nothing.
/// </summary>
public sealed record ExplorerFigures(
    IReadOnlyList<PlotModel> Scaling,
    IReadOnlyList<(PlotModel AgainstX, PlotModel AgainstPredicted)> Residuals,
    PlotModel? Size,
    PlotModel? Sweep)
{
    /// <param name="result">The analysis to draw.</param>
    /// <param name="previous">The figures of the previous result: plots whose inputs are the same objects are kept,
    /// so Plotly does not redraw them (the size scatter and the sweep while only the threshold moves).</param>
    /// <param name="previousResult">The result <paramref name="previous"/> was built from.</param>
    public static ExplorerFigures Build(ExplorerResult result, ExplorerFigures? previous = null, ExplorerResult? previousResult = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var xTitle = result.View.X ?? "x";
        var scaling = result.Data.Select(d => ExplorerPlots.Scaling(result, d, xTitle)).ToList();
        // Adding bootstrap bands keeps the data and every evaluation: the residual plots are then the same, and
        // rebuilding them would make Plotly redraw them for nothing.
        var sameResiduals = previous is not null && previousResult is not null && ReferenceEquals(previousResult.Data, result.Data)
            && previousResult.State.Equals(result.State) && previousResult.Fits.Count == result.Fits.Count
            && previousResult.Fits.Zip(result.Fits).All(p => ReferenceEquals(p.First.Evaluation, p.Second.Evaluation));
        var residuals = sameResiduals ? previous!.Residuals
            : result.Data.SelectMany(d => ExplorerPlots.Residuals(result, d, xTitle)).ToList();
        var sameSize = previous is not null && ReferenceEquals(previousResult?.Size, result.Size) && previousResult?.State.Analysis.GroupBy == result.State.Analysis.GroupBy;
        var size = sameSize ? previous!.Size : result.Size is { Problem: null } s ? ExplorerPlots.Size(s, result.State.Analysis.GroupBy) : null;
        var sameSweep = previous is not null && previousResult is not null && previousResult.Sweeps.Count == result.Sweeps.Count
            && previousResult.Sweeps.Zip(result.Sweeps).All(p => ReferenceEquals(p.First.Sweep, p.Second.Sweep))
            && previousResult.View.X == result.View.X;
        var sweep = sameSweep ? previous!.Sweep : result.Sweeps.Count > 0 ? ExplorerPlots.Sweep(result, xTitle) : null;
        return new ExplorerFigures(scaling, residuals, size, sweep);
    }
}
