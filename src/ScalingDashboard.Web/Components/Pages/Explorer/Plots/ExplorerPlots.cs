using System.Globalization;
using ScalingDashboard.Core.Analysis;
using ScalingDashboard.Core.Data.Storage;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;
using ScalingDashboard.Web.Components.Pages.Explorer.Analysis;
using ScalingDashboard.Web.Components.Plots;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Plots;

/// <summary>Pure builders from an analysis result to the Explorer's plot models.</summary>
public static class ExplorerPlots
{
    public const string ThresholdSeriesName = "holdout threshold";

    /// <summary>
    /// The scaling plot of one benchmark: points styled by role (fit, holdout, excluded below the margin) and coloured
    /// by group, each form's curve solid over the fitted range and dashed beyond it, and the threshold as a line.
    /// </summary>
    public static PlotModel Scaling(ExplorerResult result, BenchmarkData data, string xTitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        var state = result.State;
        // A loss is drawn as it is: Q' and -ln Q' are transforms of a score above chance.
        var loss = LossForms.All(result.View.Forms);
        var scale = loss ? YScale.Accuracy : state.YScale;
        var fits = result.Fits.Where(f => f.Benchmark == data.Benchmark).ToList();
        var roles = RolesOf(fits, data, state);
        var hover = HoverLines(fits, data.X.Count);
        var series = new List<PlotSeries>();
        var grouped = state.Analysis.GroupBy is not null;
        // Read once here: a group column's texts are made per read (BenchmarkData.Groups), and each set reads them all.
        var groupOf = grouped ? data.Groups.ToArray() : [];
        var groupNames = groupOf.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var role in new[] { PointSet.Train, PointSet.Validation, PointSet.Excluded })
        {
            foreach (var (group, groupIndex) in grouped ? groupNames.Select((g, i) => (g, i)) : [("", 0)])
            {
                var idx = Enumerable.Range(0, data.X.Count)
                    .Where(i => roles[i] == role && (!grouped || groupOf[i] == group))
                    .Where(i => double.IsFinite(ScoreTransform.Apply(data.Y[i], data.QRandom, scale)))
                    .ToList();
                if (idx.Count == 0)
                {
                    continue;
                }

                var roleName = role switch { PointSet.Train => "fit", PointSet.Validation => "holdout", _ => "excluded" };
                series.Add(new PlotSeries(
                    grouped ? $"{group} ({roleName})" : RoleLegend(role),
                    idx.Select(i => data.X[i]).ToList(),
                    idx.Select(i => ScoreTransform.Apply(data.Y[i], data.QRandom, scale)).ToList(),
                    idx.Select(i => data.Labels[i]).ToList(),
                    SeriesStyle.Markers,
                    role == PointSet.Excluded ? Palette.Excluded : grouped ? Palette.Group(groupIndex) : role == PointSet.Train ? Palette.Train : Palette.Validation)
                {
                    Symbol = role switch { PointSet.Train => MarkerSymbol.Circle, PointSet.Validation => MarkerSymbol.Diamond, _ => MarkerSymbol.XThinOpen },
                    MarkerSize = role == PointSet.Validation ? 11 : 9,
                    HoverLines = new ComputedList<string>(idx.Count, k => hover[idx[k]]),
                });
            }
        }

        for (var f = 0; f < fits.Count; f++)
        {
            series.AddRange(Curve(fits[f], data.QRandom, scale, Palette.Form(f)));
        }

        var markers = series.Where(s => s.Style == SeriesStyle.Markers).ToList();
        var y = markers.SelectMany(s => s.Y).Where(double.IsFinite).ToList();
        var x = markers.SelectMany(s => s.X).Where(v => v > 0 && double.IsFinite(v)).ToList();
        var notes = new List<string>();
        // A "validate where" condition replaces the threshold: there is no line to draw then.
        if (result.View.Holdout is null && state.Analysis.Holdout.Threshold is double threshold && y.Count > 0)
        {
            if (NearRange(threshold, x))
            {
                series.Add(new PlotSeries(ThresholdSeriesName, [threshold, threshold], [y.Min(), y.Max()], null, SeriesStyle.DottedLine, Palette.Threshold));
            }
            else
            {
                // A line decades away from every run would squeeze the runs into a corner of the plot.
                notes.Add($"The holdout threshold ({PlotNumber.Scientific(threshold)}) is far outside the runs on this plot ({PlotNumber.Scientific(x.Min())} to {PlotNumber.Scientific(x.Max())}), so its line is not drawn.");
            }
        }

        var title = $"{data.Benchmark} against {xTitle}";
        return new PlotModel(title, new PlotAxis($"{xTitle} (log scale)", IsLog: true, Unit: AxisUnits.ForColumn(xTitle)),
            new PlotAxis(loss ? LossTitle(data.Benchmark) : ScoreTransform.AxisTitle(data.Benchmark, scale), IsLog: scale == YScale.NegLogNormalised), series)
        { Notes = notes };
    }

    /// <summary>True when <paramref name="value"/> lies within a decade of the span of <paramref name="x"/>.</summary>
    private static bool NearRange(double value, List<double> x) =>
        x.Count > 0 && double.IsFinite(value) && value >= x.Min() / 10 && value <= x.Max() * 10;

    /// <summary>
    /// Residuals (observed - predicted) of one form against x and against the prediction, fitted and held-out runs
    /// marked apart, with the zero line: one pair of panels per selected form.
    /// </summary>
    public static IReadOnlyList<(PlotModel AgainstX, PlotModel AgainstPredicted)> Residuals(ExplorerResult result, BenchmarkData data, string xTitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        var panels = new List<(PlotModel, PlotModel)>();
        var fits = result.Fits.Where(f => f.Benchmark == data.Benchmark && f.Evaluation is not null).ToList();
        for (var f = 0; f < fits.Count; f++)
        {
            var byX = new List<PlotSeries>();
            var byPredicted = new List<PlotSeries>();
            var evaluation = fits[f].Evaluation!;
            foreach (var set in new[] { PointSet.Train, PointSet.Validation })
            {
                var points = evaluation.Points.Where(p => p.Set == set && double.IsFinite(p.Predicted)).ToList();
                if (points.Count == 0)
                {
                    continue;
                }

                var name = set == PointSet.Train ? "fitted runs" : "held-out runs";
                var symbol = set == PointSet.Train ? MarkerSymbol.Circle : MarkerSymbol.Diamond;
                var color = set == PointSet.Train ? Palette.Train : Palette.Validation;
                var labels = points.Select(p => p.Label ?? "").ToList();
                var residuals = points.Select(p => p.Y - p.Predicted).ToList();
                byX.Add(new PlotSeries(name, points.Select(p => p.X).ToList(), residuals, labels, SeriesStyle.Markers, color) { Symbol = symbol });
                byPredicted.Add(new PlotSeries(name, points.Select(p => p.Predicted).ToList(), residuals, labels, SeriesStyle.Markers, color) { Symbol = symbol });
            }

            AddZeroLine(byX, byX.SelectMany(s => s.X).ToList());
            AddZeroLine(byPredicted, byPredicted.SelectMany(s => s.X).ToList());
            // Short enough to stand along a half-width panel's height.
            var yAxis = new PlotAxis("observed - predicted");
            // Form ids keep the titles short enough for half-width panels; the fit table names each form in full.
            // The benchmark leads each title, as several benchmarks' panels stand side by side; two lines fit the width.
            var form = $"{data.Benchmark} · {fits[f].Form.Id}";
            panels.Add((
                new PlotModel($"{form}\nresidual vs {xTitle}", new PlotAxis($"{xTitle} (log scale)", IsLog: true, Unit: AxisUnits.ForColumn(xTitle)), yAxis, byX),
                new PlotModel($"{form}\nresidual vs prediction", new PlotAxis(LossForms.All(result.View.Forms) ? $"predicted {LossTitle(data.Benchmark)}" : $"predicted {data.Benchmark} (fraction)"), yAxis, byPredicted)));
        }

        return panels;
    }

    /// <summary>MAE and MRE on the held-out runs against the threshold, per form, with the success probability.</summary>
    public static PlotModel Sweep(ExplorerResult result, string xTitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        var series = new List<PlotSeries>();
        var notes = new List<string>();
        for (var f = 0; f < result.Sweeps.Count; f++)
        {
            var (formId, sweep) = result.Sweeps[f];
            var points = sweep.Points.Where(p => p.ValidationCount > 0).ToList();
            var color = Palette.Form(f);
            series.Add(new PlotSeries($"{formId}: MRE", points.Select(p => p.Threshold).ToList(), points.Select(p => p.Mre).ToList(), null, SeriesStyle.Line, color) { LegendGroup = formId });
            series.Add(new PlotSeries($"{formId}: MAE", points.Select(p => p.Threshold).ToList(), points.Select(p => p.Mae).ToList(), null, SeriesStyle.DashedLine, color) { LegendGroup = formId });
            if (sweep.Logistic is { } logistic && points.Count > 1)
            {
                var grid = LogGrid(points[0].Threshold, points[^1].Threshold, 60);
                series.Add(new PlotSeries($"{formId}: P(MRE < {sweep.SuccessMre:P0})", grid, grid.Select(t => logistic.Probability(Math.Log10(t))).ToList(), null, SeriesStyle.DottedLine, color) { LegendGroup = formId });
                if (sweep.CriticalThreshold is double far && !NearRange(far, [points[0].Threshold, points[^1].Threshold]))
                {
                    // A marker decades beyond the sweep would squeeze the error curves into a corner of the plot.
                    notes.Add(double.IsFinite(far)
                        ? $"{formId}: the 50% point of the success probability is at {PlotNumber.Scientific(far)}, far outside the thresholds swept, so it is not marked."
                        : $"{formId}: the success probability has no finite 50% point, so it is not marked.");
                }
                else if (sweep.CriticalThreshold is double critical)
                {
                    series.Add(new PlotSeries($"{formId}: 50% point {critical.ToString("0.##e+0", CultureInfo.InvariantCulture)}", [critical], [0.5], null, SeriesStyle.Markers, color) { Symbol = MarkerSymbol.Square, MarkerSize = 11, LegendGroup = formId });
                }
            }
        }

        // MAE is in the y's own unit: a fraction of a score, or nats of a loss.
        var loss = LossForms.All(result.View.Forms);
        // Errors above 100% say only "this fit failed there"; clipping at just over 1 keeps the useful range readable.
        var top = series.SelectMany(s => s.Y).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        return new PlotModel("Extrapolation error against the holdout threshold", new PlotAxis($"threshold on {xTitle} (log scale)", IsLog: true, Unit: AxisUnits.ForColumn(xTitle)),
            new PlotAxis(loss ? "held-out MRE (fraction) and MAE (loss) / probability"
                : top > 1.05 ? "error on held-out runs (fraction, clipped at 1.05) / probability" : "error on held-out runs (fraction) / probability",
                Range: top > 1.05 ? (0, 1.05) : null), series)
        { Notes = notes };
    }

    /// <summary>
    /// Score against parameter count: groups coloured, the log-linear line, the size frontier, and closed models placed
    /// on the line at the size their score implies, with the interval as a horizontal error bar.
    /// </summary>
    public static PlotModel Size(SizeScatterResult size, string? groupBy)
    {
        ArgumentNullException.ThrowIfNull(size);
        var series = new List<PlotSeries>();
        var groups = size.Groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var g = 0; g < groups.Count; g++)
        {
            var idx = Enumerable.Range(0, size.Size.Count).Where(i => size.Groups[i] == groups[g]).ToList();
            series.Add(new PlotSeries(groupBy is null ? "models with a published size" : groups[g],
                idx.Select(i => size.Size[i]).ToList(), idx.Select(i => size.Score[i]).ToList(), idx.Select(i => size.Labels[i]).ToList(),
                SeriesStyle.Markers, Palette.Group(g)));
        }

        if (size.Frontier.Count > 0)
        {
            var frontier = size.Frontier.OrderBy(i => size.Size[i]).ToList();
            series.Add(new PlotSeries("size frontier (no smaller model scores higher)", frontier.Select(i => size.Size[i]).ToList(),
                frontier.Select(i => size.Score[i]).ToList(), null, SeriesStyle.DashedLine, "#2e7d32"));
        }

        if (size.Fit is { Converged: true } fit && size.Size.Count > 0)
        {
            var lo = size.Size.Min() / 2;
            var hi = Math.Max(size.Size.Max(), size.Closed.Select(c => c.Size).DefaultIfEmpty(0).Max()) * 2;
            var grid = LogGrid(lo, hi, 60);
            var line = grid.Select(x => fit.Parameters[0].Value + fit.Parameters[1].Value * Math.Log10(x)).ToList();
            series.Add(new PlotSeries("log-linear fit: score = a + b log10(N)", grid, line, null, SeriesStyle.Line, "#37474f"));
        }

        if (size.Closed.Count > 0)
        {
            series.Add(new PlotSeries("closed models: size implied by score (estimate, 95% interval)",
                size.Closed.Select(c => c.Size).ToList(), size.Closed.Select(c => c.Score).ToList(), size.Closed.Select(c => c.Label + " (estimate)").ToList(),
                SeriesStyle.Markers, "#6a1b9a")
            {
                Symbol = MarkerSymbol.CircleOpen,
                MarkerSize = 11,
                XLower = size.Closed.Select(c => double.IsFinite(c.Lower) ? c.Lower : c.Size).ToList(),
                XUpper = size.Closed.Select(c => double.IsFinite(c.Upper) ? c.Upper : c.Size).ToList(),
                HoverLines = size.Closed.Select(c => $"implied size {Count(c.Size)} (95%: {Count(c.Lower)} to {Count(c.Upper)})").ToList(),
            });
        }

        return new PlotModel($"{size.Benchmark} against {size.SizeColumn}", new PlotAxis("parameters (count, log scale)", IsLog: true, Unit: PlotUnit.Parameters),
            new PlotAxis($"{size.Benchmark} (fraction correct)"), series);
    }

    /// <summary>"val_loss", or "ppl (loss)" for a column whose name does not say it is one.</summary>
    private static string LossTitle(string benchmark) =>
        benchmark.Contains("loss", StringComparison.OrdinalIgnoreCase) ? benchmark : $"{benchmark} (loss)";

    private static PointSet[] RolesOf(IReadOnlyList<BenchmarkFit> fits, BenchmarkData data, ExplorerState state)
    {
        var roles = new PointSet[data.X.Count];
        var evaluation = fits.FirstOrDefault(f => f.Evaluation is not null)?.Evaluation;
        for (var i = 0; i < roles.Length; i++)
        {
            roles[i] = evaluation is not null && i < evaluation.Points.Count
                ? evaluation.Points[i].Set
                : state.Analysis.Holdout.Threshold is double t && data.X[i] > t ? PointSet.Validation : PointSet.Train;
        }

        return roles;
    }

    /// <summary>
    /// Each point's predictions and residuals, made when read: the plot thins a large table to the points it draws, so
    /// lines made up front for every row (216,000 strings, 30 MB, for four tabs on a 54,000-row table) were kept for
    /// nothing as long as the page stayed open.
    /// </summary>
    private static ComputedList<string> HoverLines(IReadOnlyList<BenchmarkFit> fits, int count) =>
        new(count, i => HoverLine(fits, i));

    private static string HoverLine(IReadOnlyList<BenchmarkFit> fits, int i)
    {
        var parts = new List<string>();
        foreach (var fit in fits)
        {
            if (fit.Evaluation is { } evaluation && i < evaluation.Points.Count && double.IsFinite(evaluation.Points[i].Predicted))
            {
                var p = evaluation.Points[i];
                parts.Add($"{fit.Form.DisplayName}: predicted {p.Predicted.ToString("0.0000", CultureInfo.InvariantCulture)}, residual {(p.Y - p.Predicted).ToString("+0.0000;-0.0000", CultureInfo.InvariantCulture)}");
            }
        }

        return string.Join("\n", parts);
    }

    private static IEnumerable<PlotSeries> Curve(BenchmarkFit fit, double qrandom, YScale scale, string color)
    {
        if (fit.Succeeded && fit.Form is ITwoInputFitForm && fit.Evaluation is { } two)
        {
            var predicted = two.Points.Where(p => p.Set != PointSet.Excluded && double.IsFinite(p.Predicted)).ToList();
            yield return new PlotSeries($"{fit.Form.DisplayName} (prediction per run)", predicted.Select(p => p.X).ToList(),
                predicted.Select(p => ScoreTransform.Apply(p.Predicted, qrandom, scale)).ToList(), predicted.Select(p => p.Label ?? "").ToList(),
                SeriesStyle.Markers, color)
            { Symbol = MarkerSymbol.Square, MarkerSize = 6, LegendGroup = fit.Form.Id };
            yield break;
        }

        if (!fit.Succeeded || fit.CurveX.Count == 0)
        {
            yield break;
        }

        if (fit.Bands is { CurveCount: > 0 } bands)
        {
            var bootstrap = bands.Result;
            var band = bands.Curve
                .Select(b => (b.X, Lo: ScoreTransform.Apply(b.Lower, qrandom, scale), Hi: ScoreTransform.Apply(b.Upper, qrandom, scale)))
                .Where(b => double.IsFinite(b.Lo) && double.IsFinite(b.Hi))
                .Select(b => (b.X, Lo: Math.Min(b.Lo, b.Hi), Hi: Math.Max(b.Lo, b.Hi)))
                .ToList();
            if (band.Count > 1)
            {
                yield return new PlotSeries($"{fit.Form.DisplayName}: {bootstrap.Confidence:P0} bootstrap band ({bootstrap.Resamples} resamples)",
                    band.Select(b => b.X).ToList(), band.Select(b => b.Hi).ToList(), null, SeriesStyle.Band, color)
                { YLower = band.Select(b => b.Lo).ToList(), LegendGroup = fit.Form.Id };
            }
        }

        var inside = new List<int>();
        var beyond = new List<int>();
        for (var i = 0; i < fit.CurveX.Count; i++)
        {
            var fitted = !double.IsFinite(fit.FittedMaxX) || fit.CurveX[i] <= fit.FittedMaxX;
            (fitted ? inside : beyond).Add(i);
        }

        if (inside.Count > 0 && beyond.Count > 0)
        {
            beyond.Insert(0, inside[^1]);
        }

        var name = fit.Form.DisplayName;
        foreach (var (idx, style, label) in new[] { (inside, SeriesStyle.Line, name), (beyond, SeriesStyle.DashedLine, name + " (extrapolated)") })
        {
            var points = idx.Select(i => (X: fit.CurveX[i], Y: ScoreTransform.Apply(fit.CurveY[i], qrandom, scale))).Where(p => double.IsFinite(p.Y)).ToList();
            if (points.Count > 1)
            {
                yield return new PlotSeries(label, points.Select(p => p.X).ToList(), points.Select(p => p.Y).ToList(), null, style, color) { LegendGroup = fit.Form.Id };
            }
        }
    }

    private static void AddZeroLine(List<PlotSeries> series, List<double> x)
    {
        if (x.Count > 0)
        {
            series.Add(new PlotSeries("zero", [x.Min(), x.Max()], [0, 0], null, SeriesStyle.DottedLine, Palette.Threshold) { ShowInLegend = false });
        }
    }

    private static List<double> LogGrid(double from, double to, int count)
    {
        var lo = Math.Log10(from);
        var hi = Math.Log10(to);
        return Enumerable.Range(0, count).Select(i => Math.Pow(10, lo + (hi - lo) * i / (count - 1))).ToList();
    }

    private static string RoleLegend(PointSet role) => role switch
    {
        PointSet.Train => "fitted runs",
        PointSet.Validation => "held-out runs",
        _ => "excluded (below Qrandom + margin)",
    };

    private static string Count(double value) => Data.CellFormat.Count(value);
}
