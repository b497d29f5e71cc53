using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Plots;

/// <summary>
/// The two plots of a fitted loss law (Hoffmann et al. 2022): loss against compute along the compute-optimal
/// allocation, with every run at its own C = 6ND; and curves of equal loss over parameters and tokens, with the runs
/// and the optimal path across them. A budget from the calculator is marked on both.
/// </summary>
public static class AllocationPlots
{
    /// <summary>How far the optimal path runs beyond the largest run: two decades, where such laws are used.</summary>
    public const double ExtrapolationFactor = 100;

    private const string PathColor = "#1e63c4";
    private const string LevelColor = "#7f7f7f";
    private const string BudgetColor = "#c2185b";

    public static PlotModel LossAgainstCompute(LossLaw law, AllocationRuns runs, ComputeAllocation? budget = null)
    {
        ArgumentNullException.ThrowIfNull(law);
        ArgumentNullException.ThrowIfNull(runs);
        var compute = runs.Compute;
        var (lo, hi) = (compute.Min() / 3, compute.Max());
        var end = Math.Max(hi * ExtrapolationFactor, budget?.Compute * 3 ?? 0);
        var inside = LossLandscape.OptimalPath(law, lo, hi);
        var beyond = LossLandscape.OptimalPath(law, hi, end);
        var series = new List<PlotSeries>
        {
            RunMarkers(runs, compute, runs.Loss),
            PathLine("compute-optimal loss (fitted law)", inside, SeriesStyle.Line, a => a.Compute, a => a.Loss),
            PathLine("compute-optimal loss (extrapolated)", beyond, SeriesStyle.DashedLine, a => a.Compute, a => a.Loss),
        };
        if (budget is not null)
        {
            series.Add(BudgetMarker(budget, budget.Compute, budget.Loss));
        }

        return new PlotModel("Loss along the compute-optimal allocation",
            new PlotAxis("training compute C = 6ND (FLOPs, log scale)", IsLog: true, Unit: PlotUnit.Flops),
            new PlotAxis("loss"),
            series);
    }

    public static PlotModel IsoLossMap(LossLaw law, AllocationRuns runs, ComputeAllocation? budget = null)
    {
        ArgumentNullException.ThrowIfNull(law);
        ArgumentNullException.ThrowIfNull(runs);
        // The box: the runs with a margin, stretched to take the budget's allocation.
        var (nLo, nHi) = Stretch(runs.Parameters.Min() / 2, runs.Parameters.Max() * 2, budget?.Parameters);
        var (dLo, dHi) = Stretch(runs.Tokens.Min() / 2, runs.Tokens.Max() * 2, budget?.Tokens);
        var series = new List<PlotSeries>();
        var levels = LossLandscape.Levels(runs.Loss.Min(), runs.Loss.Max(), law.E);
        foreach (var level in levels)
        {
            var curve = LossLandscape.IsoLoss(law, level, nLo, nHi).Where(p => p.Tokens >= dLo && p.Tokens <= dHi).ToList();
            if (curve.Count > 1)
            {
                // One legend entry for all levels; each curve's level is in its hover.
                var name = $"equal loss, L = {PlotNumber.Plain(levels[0])} to {PlotNumber.Plain(levels[^1])}";
                var label = $"L = {PlotNumber.Plain(level)}";
                series.Add(new PlotSeries(name, curve.Select(p => p.Parameters).ToList(), curve.Select(p => p.Tokens).ToList(),
                    curve.Select(_ => label).ToList(), SeriesStyle.DottedLine, LevelColor)
                {
                    LegendGroup = "iso-loss",
                    ShowInLegend = !series.Any(s => s.LegendGroup == "iso-loss"),
                });
            }
        }

        var (cLo, cHi) = (6 * nLo * dLo, 6 * nHi * dHi);
        var path = LossLandscape.OptimalPath(law, cLo, cHi, 200)
            .Where(a => a.Parameters >= nLo && a.Parameters <= nHi && a.Tokens >= dLo && a.Tokens <= dHi).ToList();
        if (path.Count > 1)
        {
            series.Add(PathLine("compute-optimal N and D", path, SeriesStyle.Line, a => a.Parameters, a => a.Tokens));
        }

        series.Insert(0, RunMarkers(runs, runs.Parameters, runs.Tokens));
        if (budget is not null)
        {
            series.Add(BudgetMarker(budget, budget.Parameters, budget.Tokens));
        }

        return new PlotModel("Equal-loss curves over N and D, with the runs",
            new PlotAxis("parameters N (log scale)", IsLog: true, Unit: PlotUnit.Parameters),
            new PlotAxis("training tokens D (log scale)", IsLog: true, Unit: PlotUnit.Tokens),
            series);
    }

    private static (double Lo, double Hi) Stretch(double lo, double hi, double? also) =>
        also is double v && double.IsFinite(v) && v > 0 ? (Math.Min(lo, v / 2), Math.Max(hi, v * 2)) : (lo, hi);

    private static PlotSeries RunMarkers(AllocationRuns runs, IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        new("runs", x, y, runs.Labels, SeriesStyle.Markers, Palette.Train)
        {
            MarkerSize = 7,
            HoverLines = runs.HoverLines,
        };

    private static PlotSeries PathLine(string name, IReadOnlyList<ComputeAllocation> path, SeriesStyle style,
        Func<ComputeAllocation, double> x, Func<ComputeAllocation, double> y) =>
        new(name, path.Select(x).ToList(), path.Select(y).ToList(), null, style, PathColor) { LegendGroup = "optimal" };

    private static PlotSeries BudgetMarker(ComputeAllocation budget, double x, double y) =>
        new($"budget {PlotNumber.Scientific(budget.Compute)} FLOPs", [x], [y], ["calculator budget"], SeriesStyle.Markers, BudgetColor)
        {
            Symbol = MarkerSymbol.Star,
            MarkerSize = 16,
            HoverLines = [AllocationText.Lines(budget)],
        };
}
