using System.Diagnostics;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// The one pipeline behind every face: a table (prepared by <see cref="AnalysisTable.Prepare"/>) and an
/// <see cref="AnalysisSpec"/> in, an <see cref="AnalysisResult"/> out. Pure and deterministic, so it runs on any
/// thread and a link, an export and a script give the same numbers.
/// </summary>
/// <remarks>
/// <para>Cancellation reaches inside every fit: the token becomes the fits' <see cref="FitRequest.Cancellation"/>,
/// which the forms check at every evaluation of their loss, the sweep before each threshold and the bootstrap before
/// each resample. A cancelled run throws <see cref="OperationCanceledException"/> and leaves nothing behind.</para>
/// <para>Progress: the overloads taking an <see cref="IProgress{T}"/> of <see cref="AnalysisProgress"/> report the
/// stage (fit, sweep, size, bootstrap), the benchmark and form at work and how far the stage is, at a bounded rate
/// and on the thread that runs the analysis (a face marshals to its own thread, e.g. with
/// <see cref="Progress{T}"/>).</para>
/// </remarks>
public static class AnalysisRunner
{
    /// <summary>Everything <paramref name="parts"/> asks for, bands included.</summary>
    public static AnalysisResult Run(Leaderboard table, AnalysisSpec spec, AnalysisParts parts = AnalysisParts.All,
        CancellationToken cancellationToken = default) =>
        Run(table, spec, parts, null, cancellationToken);

    /// <summary>Everything <paramref name="parts"/> asks for, bands included, reporting progress.</summary>
    public static AnalysisResult Run(Leaderboard table, AnalysisSpec spec, AnalysisParts parts, IProgress<AnalysisProgress>? progress,
        CancellationToken cancellationToken = default)
    {
        var fits = RunFits(table, spec, parts, null, progress, cancellationToken);
        return fits.BandsPending && parts.HasFlag(AnalysisParts.Bands) ? AddBands(table, fits, progress, cancellationToken) : fits;
    }

    /// <summary>
    /// Everything but the bootstrap bands: fast enough to redraw on every slider tick. When the analysis asks for
    /// bands the result says <see cref="AnalysisResult.BandsPending"/> and <see cref="AddBands(Leaderboard, AnalysisResult, CancellationToken)"/> completes it.
    /// </summary>
    /// <param name="table">The prepared table.</param>
    /// <param name="spec">The analysis.</param>
    /// <param name="parts">The outputs wanted.</param>
    /// <param name="reuse">A previous result whose sweeps and size view still apply (see <see cref="SweepKey"/> and
    /// <see cref="SizeKey"/>): they are taken over instead of recomputed, so a moving slider only refits.</param>
    /// <param name="cancellationToken">Checked inside every fit and refit.</param>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static AnalysisResult RunFits(Leaderboard table, AnalysisSpec spec, AnalysisParts parts = AnalysisParts.All,
        AnalysisResult? reuse = null, CancellationToken cancellationToken = default) =>
        RunFits(table, spec, parts, reuse, null, cancellationToken);

    /// <summary>
    /// <see cref="RunFits(Leaderboard, AnalysisSpec, AnalysisParts, AnalysisResult?, CancellationToken)"/>, reporting
    /// to <paramref name="progress"/>: the fit stage (one unit per form and benchmark), the sweep (one per threshold
    /// and form) and the size view, each naming what runs.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static AnalysisResult RunFits(Leaderboard table, AnalysisSpec spec, AnalysisParts parts, AnalysisResult? reuse,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var started = Stopwatch.GetTimestamp();
        var resolved = AnalysisResolver.Resolve(table, spec);
        (table, resolved) = AnalysisResolver.WithAverage(table, resolved, spec);
        var rows = RowFilter.Keep(table, spec);
        var data = resolved.X is null
            ? []
            : resolved.Benchmarks.Select(b => BenchmarkCollector.Collect(table, rows, resolved, b, spec)).ToList();
        var fits = new List<BenchmarkFit>();
        var fitStage = new StageProgress(progress, AnalysisStage.Fit, data.Count * resolved.Forms.Count);
        foreach (var benchmark in data)
        {
            foreach (var form in resolved.Forms)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = fitStage.Start(benchmark.Benchmark, form.Id, 1);
                fits.Add(BenchmarkFitter.Fit(benchmark, form, spec, resolved.Holdout, withInverse: !spec.Bootstrap.IsOn, cancellationToken));
                item.Complete();
            }
        }

        var sweeps = !parts.HasFlag(AnalysisParts.Sweep) ? []
            : reuse is not null && SweepKey(reuse.Spec) == SweepKey(spec) ? reuse.Sweeps
            : Sweeps(data, resolved, spec, progress, cancellationToken);
        var size = !parts.HasFlag(AnalysisParts.Size) || resolved.Benchmarks.Count == 0 ? null
            : reuse is not null && SizeKey(reuse.Spec) == SizeKey(spec) && reuse.Size is not null ? reuse.Size
            : Size(table, rows, SizeBenchmarkOf(resolved, spec), spec, progress, cancellationToken);
        var bandsPending = spec.Bootstrap.IsOn && parts.HasFlag(AnalysisParts.Bands) && fits.Any(f => f.Succeeded);
        return new AnalysisResult(spec, resolved, data, fits, sweeps, size, Stopwatch.GetElapsedTime(started)) { BandsPending = bandsPending };
    }

    /// <summary>
    /// <paramref name="fits"/> with a seeded bootstrap on every converged fit: bands along the curve, on a report grid
    /// and at every point, parameter intervals, and intervals for the inverse predictions. Cancellable inside every
    /// refit.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static AnalysisResult AddBands(Leaderboard table, AnalysisResult fits, CancellationToken cancellationToken = default) =>
        AddBands(table, fits, null, cancellationToken);

    /// <summary>
    /// <see cref="AddBands(Leaderboard, AnalysisResult, CancellationToken)"/>, reporting the bootstrap stage to
    /// <paramref name="progress"/>: one unit per resample of every converged fit, so it ends at Total/Total.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static AnalysisResult AddBands(Leaderboard table, AnalysisResult fits, IProgress<AnalysisProgress>? progress,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(fits);
        var started = Stopwatch.GetTimestamp();
        var data = fits.Data.ToDictionary(d => d.Benchmark, StringComparer.Ordinal);
        var banded = new List<BenchmarkFit>(fits.Fits.Count);
        var bootstrap = fits.Spec.Bootstrap;
        var stage = new StageProgress(progress, AnalysisStage.Bootstrap, fits.Fits.Where(f => f.Succeeded).Sum(f => bootstrap.ResamplesFor(f.Form.Id)));
        foreach (var fit in fits.Fits)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!fit.Succeeded)
            {
                banded.Add(fit);
                continue;
            }

            var item = stage.Start(fit.Benchmark, fit.Form.Id, bootstrap.ResamplesFor(fit.Form.Id));
            banded.Add(BenchmarkFitter.WithBands(fit, data[fit.Benchmark], fits.Spec, fits.Resolved.Holdout, item, cancellationToken));
            item.Complete();
        }

        return fits with { Fits = banded, BandsPending = false, Elapsed = fits.Elapsed + Stopwatch.GetElapsedTime(started) };
    }

    /// <summary>
    /// The part of an analysis the threshold sweep depends on: not the holdout itself, the bootstrap, the size axis or
    /// the inverse scores, so moving the slider reuses the sweep (the costliest part) instead of recomputing it.
    /// </summary>
    public static AnalysisSpec SweepKey(AnalysisSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec with
        {
            Holdout = HoldoutRule.None with { TrainMin = spec.Holdout.TrainMin },
            Bootstrap = BootstrapSettings.Off,
            ActiveParameters = false,
            Invert = [],
        };
    }

    /// <summary>The part of an analysis the size view depends on.</summary>
    public static AnalysisSpec SizeKey(AnalysisSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new AnalysisSpec
        {
            DatasetId = spec.DatasetId,
            Benchmarks = spec.Benchmarks,
            Filters = spec.Filters,
            GroupBy = spec.GroupBy,
            ActiveParameters = spec.ActiveParameters,
            SizeBenchmark = spec.SizeBenchmark,
        };
    }

    /// <summary>The benchmark the size view shows: the one asked for when it is selected, else the first.</summary>
    private static string SizeBenchmarkOf(ResolvedAnalysis resolved, AnalysisSpec spec) =>
        spec.SizeBenchmark is { } asked && resolved.Benchmarks.Contains(asked, StringComparer.Ordinal) ? asked : resolved.Benchmarks[0];

    private static List<FormSweep> Sweeps(List<BenchmarkData> data, ResolvedAnalysis resolved, AnalysisSpec spec,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        var sweeps = new List<FormSweep>();
        if (data.Count == 0 || data[0].X.Count < 6)
        {
            return sweeps;
        }

        var first = data[0];
        var grid = SweepGrid.For(first.X, spec.Holdout.TrainMin);
        var forms = resolved.Forms.Where(f => grid.Count > 0 && (f is not ITwoInputFitForm || first.X2 is not null)).ToList();
        var stage = new StageProgress(progress, AnalysisStage.Sweep, forms.Count * grid.Count);
        foreach (var form in forms)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = stage.Start(first.Benchmark, form.Id, grid.Count);
            var request = BenchmarkFitter.Request(first, spec, form, out _) with { Cancellation = cancellationToken };
            sweeps.Add(new FormSweep(form.Id, ThresholdSweep.Run(form, request, grid, spec.Holdout.TrainMin ?? double.NegativeInfinity, progress: item)));
            item.Complete();
        }

        return sweeps;
    }

    /// <summary>The size view, one unit of its own stage: it is a handful of linear passes over the rows.</summary>
    private static SizeScatterResult Size(Leaderboard table, IReadOnlyList<int> rows, string benchmark, AnalysisSpec spec,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var item = new StageProgress(progress, AnalysisStage.Size, 1).Start(benchmark, null, 1);
        var size = SizeScatter.Build(table, rows, benchmark, spec);
        item.Complete();
        return size;
    }
}
