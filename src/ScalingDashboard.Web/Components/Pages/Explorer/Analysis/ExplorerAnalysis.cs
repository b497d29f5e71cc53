using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Data.Derived;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Web.Components.Pages.Explorer.Analysis;

/// <summary>
/// Turns a table and a view state into everything the Explorer draws: pure and deterministic, so it can run on any
/// thread and be tested without a browser. Checks the token between fits so a superseded run stops early.
/// </summary>
public static class ExplorerAnalysis
{
    private const int CurvePoints = 120;
    private const int SweepThresholds = 24;
    private const int BootstrapResamples = 200;

    public static ResolvedView Resolve(Leaderboard table, ExplorerState state)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(state);
        var problems = new List<string>();
        var benchmarks = new List<string>();
        foreach (var name in state.Benchmarks)
        {
            if (table.FindColumn(name) is { IsNumeric: true } column)
            {
                benchmarks.Add(column.Header);
            }
            else
            {
                problems.Add($"This table has no numeric column '{name}'; it was left out.");
            }
        }

        if (benchmarks.Count == 0)
        {
            var candidates = table.ScoreColumns.Count > 0 ? table.ScoreColumns : table.NumericColumns;
            if (candidates.Count > 0)
            {
                benchmarks.Add(candidates[0].Header);
            }
        }

        string? x = null;
        if (state.X is not null)
        {
            x = table.FindColumn(state.X) is { IsNumeric: true } column ? column.Header : null;
            if (x is null)
            {
                problems.Add($"This table has no numeric column '{state.X}' for the x axis; using the default.");
            }
        }

        x ??= DefaultX(table)?.Header;
        var forms = new List<IFitForm>();
        foreach (var id in state.Forms)
        {
            if (FitFormRegistry.Default.TryGet(id, out var form))
            {
                forms.Add(form);
            }
            else
            {
                problems.Add($"There is no fit form '{id}'; known forms: {string.Join(", ", FitFormRegistry.Default.Ids)}.");
            }
        }

        var qrandom = benchmarks.ToDictionary(b => b, b => state.QRandom.TryGetValue(b, out var q) ? q : ChanceLevels.Default(b));
        RowCondition? holdout = null;
        if (!string.IsNullOrWhiteSpace(state.HoldoutWhere))
        {
            holdout = RowCondition.TryParse(state.HoldoutWhere, table, out var error);
            if (holdout is null)
            {
                problems.Add($"Validate where: {error} The threshold applies instead.");
            }
        }

        return new ResolvedView(benchmarks, x, forms, qrandom, problems) { Holdout = holdout };
    }

    /// <summary>
    /// The part of a state the threshold sweep depends on: not the threshold itself nor the y scale, so moving the
    /// slider reuses the sweep (the costliest part) instead of recomputing it on every tick.
    /// </summary>
    public static ExplorerState SweepKey(ExplorerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state with { Threshold = null, HoldoutWhere = null, YScale = YScale.Accuracy, ActiveParameters = false, Bootstrap = false, Seed = ExplorerState.DefaultSeed };
    }

    public static ExplorerResult Run(Leaderboard table, ExplorerState state,
        IReadOnlyList<(string FormId, ThresholdSweep Sweep)>? reusableSweeps = null, CancellationToken cancellationToken = default) =>
        Run(table, state, reusableSweeps, null, cancellationToken);

    /// <summary>
    /// As above; <paramref name="reusableSize"/> is the previous size scatter when nothing it depends on changed
    /// (the same <see cref="SweepKey"/> and size axis), so the slider does not rebuild or redraw it.
    /// Includes the bootstrap bands when the view asks for them (<see cref="RunFits"/> then <see cref="AddBands"/>).
    /// </summary>
    public static ExplorerResult Run(Leaderboard table, ExplorerState state,
        IReadOnlyList<(string FormId, ThresholdSweep Sweep)>? reusableSweeps, SizeScatterResult? reusableSize,
        CancellationToken cancellationToken = default)
    {
        var fits = RunFits(table, state, reusableSweeps, reusableSize, cancellationToken);
        return fits.BandsPending ? AddBands(fits, cancellationToken) : fits;
    }

    /// <summary>
    /// Everything but the bootstrap bands: fast enough to redraw on every slider tick. When the view asks for bands
    /// the result says <see cref="ExplorerResult.BandsPending"/> and <see cref="AddBands"/> completes it.
    /// </summary>
    public static ExplorerResult RunFits(Leaderboard table, ExplorerState state,
        IReadOnlyList<(string FormId, ThresholdSweep Sweep)>? reusableSweeps, SizeScatterResult? reusableSize,
        CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var view = Resolve(table, state);
        (table, view) = WithAverage(table, view, state);
        var rows = RowFilter.Keep(table, state);
        var x2 = state.X2 is null ? null : table.FindColumn(state.X2);
        var data = view.X is null
            ? []
            : view.Benchmarks.Select(b => Collect(table, rows, view.X, x2, b, view.QRandom[b], state.GroupBy)).ToList();
        var fits = new List<BenchmarkFit>();
        var sweeps = new List<(string, ThresholdSweep)>(reusableSweeps ?? []);
        foreach (var benchmark in data)
        {
            foreach (var form in view.Forms)
            {
                cancellationToken.ThrowIfCancellationRequested();
                fits.Add(FitOne(benchmark, form, state, view.Holdout));
            }
        }

        if (reusableSweeps is null && data.Count > 0 && data[0].X.Count >= 6)
        {
            var grid = SweepGrid(data[0].X, state.TrainMin);
            foreach (var form in view.Forms)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (grid.Count > 0 && (form is not ITwoInputFitForm || data[0].X2 is not null))
                {
                    sweeps.Add((form.Id, ThresholdSweep.Run(form, Request(data[0], state, form), grid, state.TrainMin ?? double.NegativeInfinity)));
                }
            }
        }

        var size = reusableSize ?? (view.Benchmarks.Count > 0 ? SizeScatter.Build(table, rows, view.Benchmarks[0], state) : null);
        var bandsPending = state.Bootstrap && fits.Any(HasCurve);
        return new ExplorerResult(state, view, data, fits, sweeps, size, System.Diagnostics.Stopwatch.GetElapsedTime(started)) { BandsPending = bandsPending };
    }

    /// <summary>
    /// <paramref name="fits"/> with a seeded bootstrap band on every fitted curve (200 resamples each: the slow part,
    /// seconds for optimiser forms), cancellable between resamples.
    /// </summary>
    public static ExplorerResult AddBands(ExplorerResult fits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fits);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var data = fits.Data.ToDictionary(d => d.Benchmark, StringComparer.Ordinal);
        var banded = new List<BenchmarkFit>(fits.Fits.Count);
        foreach (var fit in fits.Fits)
        {
            cancellationToken.ThrowIfCancellationRequested();
            banded.Add(HasCurve(fit)
                ? fit with { Bootstrap = RunBootstrap(fit.Form, data[fit.Benchmark], fits.State, fit.Evaluation!, fit.CurveX, cancellationToken) }
                : fit);
        }

        return fits with { Fits = banded, BandsPending = false, Elapsed = fits.Elapsed + System.Diagnostics.Stopwatch.GetElapsedTime(started) };
    }

    /// <summary>A converged one-input fit with a drawn curve: the fits a band can be put around.</summary>
    private static bool HasCurve(BenchmarkFit fit) => fit is { Succeeded: true, CurveX.Count: > 0 };

    public const string AverageHeader = "average of normalised scores";

    /// <summary>
    /// Appendix K: when asked and at least two benchmarks are selected, adds the mean of their Eq 3-normalised scores
    /// (models with any benchmark under Qrandom + margin left out, as in the seed) as one more benchmark, Qrandom 0.
    /// </summary>
    private static (Leaderboard, ResolvedView) WithAverage(Leaderboard table, ResolvedView view, ExplorerState state)
    {
        if (!state.Average || view.Benchmarks.Count < 2 || table.FindColumn(AverageHeader) is not null)
        {
            return (table, view);
        }

        var columns = view.Benchmarks.Select(b => (b, view.QRandom[b])).ToList();
        var extended = BenchmarkAverage.AddColumn(table, AverageHeader, columns, state.Margin);
        var qrandom = new Dictionary<string, double>(view.QRandom) { [AverageHeader] = 0 };
        return (extended, view with { Benchmarks = [.. view.Benchmarks, AverageHeader], QRandom = qrandom });
    }

    private static LeaderboardColumn? DefaultX(Leaderboard table) =>
        table.FindColumn(ColumnRole.TrainingFlops) ?? table.FindColumn(ColumnRole.Parameters)
        ?? table.FindColumn(ColumnRole.TrainingTokens) ?? table.NumericColumns.FirstOrDefault(c => c.Role != ColumnRole.Score);

    private static BenchmarkData Collect(Leaderboard table, IReadOnlyList<int> rows, string xHeader, LeaderboardColumn? x2Column,
        string benchmark, double qrandom, string? groupBy)
    {
        var x2 = x2Column is { IsNumeric: true } ? new List<double>() : null;
        var xColumn = table.FindColumn(xHeader)!;
        var yColumn = table.FindColumn(benchmark)!;
        var group = groupBy is null ? null : table.FindColumn(groupBy);
        var x = new List<double>();
        var y = new List<double>();
        var labels = new List<string>();
        var groups = new List<string>();
        var kept = new List<int>();
        var dropped = 0;
        foreach (var row in rows)
        {
            if (xColumn.Numbers[row] is not double xv || !(xv > 0) || !double.IsFinite(xv) || yColumn.Numbers[row] is not double yv || !double.IsFinite(yv))
            {
                dropped++;
                continue;
            }

            x.Add(xv);
            y.Add(yv);
            x2?.Add(x2Column!.Numbers[row] ?? double.NaN);
            labels.Add(table.ModelNames[row]);
            groups.Add(GroupOf(group, row));
            kept.Add(row);
        }

        return new BenchmarkData(benchmark, qrandom, x, y, labels, groups, dropped) { X2 = x2, Rows = kept };
    }

    internal static string GroupOf(LeaderboardColumn? group, int row) => group switch
    {
        null => "",
        { IsNumeric: true } => group.Numbers[row]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)",
        _ => group.Texts[row] is { Length: > 0 } text ? text : "(none)",
    };

    private static FitRequest Request(BenchmarkData data, ExplorerState state, IFitForm? form = null) =>
        new(data.X, data.Y)
        {
            Labels = data.Labels,
            QRandom = data.QRandom,
            Margin = state.Margin,
            X2 = form is ITwoInputFitForm ? data.X2 : null,
        };

    private static BenchmarkFit FitOne(BenchmarkData data, IFitForm form, ExplorerState state, RowCondition? holdout)
    {
        if (data.X.Count < 3)
        {
            return new BenchmarkFit(data.Benchmark, form, null, $"Only {data.X.Count} models have both values; a fit needs at least 3.", [], [], double.NaN);
        }

        if (form is ITwoInputFitForm twoInput && data.X2 is null)
        {
            return new BenchmarkFit(data.Benchmark, form, null,
                $"{form.DisplayName} needs a second x column ({twoInput.SecondInputDescription}); choose it under 'second x'.", [], [], double.NaN);
        }

        var split = Split(data, state, holdout);
        HoldoutEvaluation evaluation;
        try
        {
            evaluation = HoldoutEvaluation.Evaluate(form, Request(data, state, form), split);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            // The form refused the data (e.g. no point above the margin): say why in the table, keep the page.
            return new BenchmarkFit(data.Benchmark, form, null, ex.Message, [], [], double.NaN);
        }

        var fittedMax = evaluation.Points.Where(p => p.Set == PointSet.Train).Select(p => p.X).DefaultIfEmpty(double.NaN).Max();
        if (!evaluation.Fit.Converged)
        {
            return new BenchmarkFit(data.Benchmark, form, evaluation, null, [], [], fittedMax);
        }

        if (form is ITwoInputFitForm)
        {
            // No single curve in x: the plot shows the prediction at each run instead.
            return new BenchmarkFit(data.Benchmark, form, evaluation, null, [], [], fittedMax);
        }

        var (curveX, curveY) = Curve(form, evaluation.Fit.Values, data.X.Min(), data.X.Max());
        return new BenchmarkFit(data.Benchmark, form, evaluation, null, curveX, curveY, fittedMax);
    }

    /// <summary>
    /// The view's holdout: validation on the rows the condition picks and training on the others from the lower end
    /// of the range, or by threshold on x when there is no condition.
    /// </summary>
    private static HoldoutSplit Split(BenchmarkData data, ExplorerState state, RowCondition? holdout)
    {
        var trainMin = state.TrainMin ?? double.NegativeInfinity;
        return holdout is null
            ? HoldoutSplit.ByThreshold(state.Threshold ?? double.PositiveInfinity, trainMin)
            : HoldoutSplit.ByCondition(holdout, i => data.Rows[i], trainMin);
    }

    /// <summary>
    /// Resamples the fitted runs (whole groups when the view is grouped) with the view's seed and refits, giving a
    /// band at the curve's x values; deterministic for a seed, so a shared link shows the same band.
    /// </summary>
    private static BootstrapResult? RunBootstrap(IFitForm form, BenchmarkData data, ExplorerState state, HoldoutEvaluation evaluation,
        IReadOnlyList<double> at, CancellationToken cancellationToken)
    {
        var train = evaluation.Points.Where(p => p.Set != PointSet.Validation).Select(p => p.Index).ToList();
        var request = Request(data, state, form).Subset(train);
        var groups = state.GroupBy is null ? null : train.Select(i => data.Groups[i]).ToList();
        try
        {
            return Bootstrap.Run(form, request, new BootstrapOptions(BootstrapResamples, state.Seed, at, Groups: groups), cancellationToken);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            return null;
        }
    }

    /// <summary>The fitted curve on a log grid spanning the data, a little past both ends.</summary>
    private static (double[] X, double[] Y) Curve(IFitForm form, IReadOnlyList<double> parameters, double min, double max)
    {
        var lo = Math.Log10(min) - 0.1;
        var hi = Math.Log10(max) + 0.3;
        var x = new double[CurvePoints];
        var y = new double[CurvePoints];
        for (var i = 0; i < CurvePoints; i++)
        {
            x[i] = Math.Pow(10, lo + (hi - lo) * i / (CurvePoints - 1));
            y[i] = form.Evaluate(parameters, x[i]);
        }

        return (x, y);
    }

    /// <summary>
    /// Thresholds for the sweep: from the 30th percentile of x (enough points left to fit) to just below the third
    /// largest x (enough points left to validate), geometrically spaced, as in the seed's Appendix C.
    /// </summary>
    private static IReadOnlyList<double> SweepGrid(IReadOnlyList<double> x, double? trainMin)
    {
        var sorted = x.Where(v => trainMin is null || v >= trainMin).Order().ToArray();
        if (sorted.Length < 6)
        {
            return [];
        }

        var from = sorted[(int)(sorted.Length * 0.3)];
        var to = sorted[^3] * 0.999;
        return to > from ? ThresholdSweep.GeometricGrid(from, to, SweepThresholds) : [];
    }
}
