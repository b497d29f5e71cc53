using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Analysis.Statistics;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Components.Pages.Statistics;

/// <summary>Plot models of the Statistics page (pure: tested without a browser).</summary>
public static class StatisticsFigures
{
    /// <summary>Colour groups beyond this many are drawn together as "other", so the legend stays readable.</summary>
    public const int MaxColourGroups = 12;

    private const double Z95 = 1.959963984540054;

    /// <summary>
    /// The smooth's partial effect with a pointwise 95% band, a rug of the fitted rows' x, and dotted lines at the
    /// 10th, 50th and 90th percentiles of x (the seed's quantile lines), one curve per by-level.
    /// </summary>
    public static PlotModel Model(MixedModelOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var series = new List<PlotSeries>();
        var smooths = outcome.Fit.Smooths;
        for (var s = 0; s < smooths.Count; s++)
        {
            var smooth = smooths[s];
            var colour = Palette.Form(s);
            var name = smooth.Level ?? $"s({outcome.XLabel})";
            var x = smooth.Grid.Select(g => g.X).ToArray();
            series.Add(new PlotSeries($"{name}: 95% band", x, smooth.Grid.Select(g => g.Fit + Z95 * g.Se).ToArray(), Style: SeriesStyle.Band, Color: colour)
            {
                YLower = smooth.Grid.Select(g => g.Fit - Z95 * g.Se).ToArray(),
                ShowInLegend = false,
                LegendGroup = name,
            });
            series.Add(new PlotSeries(name, x, smooth.Grid.Select(g => g.Fit).ToArray(), Style: SeriesStyle.Line, Color: colour) { LegendGroup = name });
        }

        var all = smooths.SelectMany(s => s.Grid).ToList();
        var (low, high) = all.Count == 0 ? (0.0, 1.0) : (all.Min(g => g.Fit - Z95 * g.Se), all.Max(g => g.Fit + Z95 * g.Se));
        var rugY = low - 0.04 * (high - low);
        var used = outcome.UsedX.Distinct().ToArray();
        series.Add(new PlotSeries("rows (rug)", used, used.Select(_ => rugY).ToArray(), Color: Palette.Excluded)
        {
            Symbol = MarkerSymbol.XThinOpen,
            MarkerSize = 6,
        });
        var sorted = outcome.UsedX.Order().ToArray();
        foreach (var q in new[] { 0.1, 0.5, 0.9 })
        {
            if (sorted.Length == 0)
            {
                break;
            }

            var at = sorted[(int)Math.Round(q * (sorted.Length - 1))];
            series.Add(new PlotSeries($"{q * 100:0}th percentile of x", [at, at], [rugY, high], Style: SeriesStyle.DottedLine, Color: Palette.Threshold)
            {
                ShowInLegend = q == 0.5,
                LegendGroup = "quantiles",
            });
        }

        return new PlotModel(
            $"Partial effect of {outcome.XLabel} on {outcome.YLabel}",
            new PlotAxis(outcome.XLabel),
            new PlotAxis($"partial effect on {outcome.YLabel} (centred)"),
            series)
        {
            Notes = outcome.Fit.LeftOut > 0 ? [$"{outcome.Fit.LeftOut} rows left out (a missing value, a group left empty, or a log of a value <= 0)."] : [],
        };
    }

    /// <summary>The 2-D map, one series per colour group (the largest <see cref="MaxColourGroups"/>, the rest as "other").</summary>
    public static PlotModel Map(EmbeddingOutcome outcome, string colourTitle)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var ranked = outcome.Points.GroupBy(p => p.Colour).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var series = new List<PlotSeries>();
        for (var i = 0; i < Math.Min(ranked.Count, MaxColourGroups); i++)
        {
            series.Add(Points(ranked[i].Key, ranked[i].ToList(), Palette.Group(i)));
        }

        var rest = ranked.Skip(MaxColourGroups).SelectMany(g => g).ToList();
        if (rest.Count > 0)
        {
            series.Add(Points($"other ({ranked.Count - MaxColourGroups} groups)", rest, Palette.Excluded));
        }

        var notes = new List<string>();
        if (outcome.LeftOut > 0)
        {
            notes.Add($"{outcome.LeftOut} models left out: a benchmark score is missing.");
        }

        return new PlotModel($"Models by their benchmark scores, coloured by {colourTitle}", new PlotAxis(outcome.XTitle), new PlotAxis(outcome.YTitle), series)
        {
            Notes = notes,
        };
    }

    private static PlotSeries Points(string name, List<EmbeddingPoint> points, string colour) =>
        new(name, points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), points.Select(p => p.Label).ToArray(), Color: colour)
        {
            MarkerSize = 6,
            HoverLines = points.Select(p => p.Colour == Groups.None ? "" : p.Colour).ToArray(),
        };
}
