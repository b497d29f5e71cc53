using System.Diagnostics;
using ScalingDashboard.Core.Data;
using ScalingDashboard.Core.Fitting;
using ScalingDashboard.Core.Validation;

namespace ScalingDashboard.Core.Analysis;

/// <summary>
/// The one pipeline behind every face: a table (prepared by <see cref="AnalysisTable.Prepare"/>) and an
/// <see cref="AnalysisSpec"/> in, an <see cref="AnalysisResult"/> out. Pure and deterministic, so it runs on any
/// thread and a link, an export and a script give the same numbers. Checks the token between fits.
/// </summary>
public static class AnalysisRunner
{
    /// <summary>Everything <paramref name="parts"/> asks for, bands included.</summary>
    public static AnalysisResult Run(Leaderboard table, AnalysisSpec spec, AnalysisParts parts = AnalysisParts.All,
        CancellationToken cancellationToken = default)
    {
        var fits = RunFits(table, spec, parts, null, cancellationToken);
        return fits.BandsPending && parts.HasFlag(AnalysisParts.Bands) ? AddBands(table, fits, cancellationToken) : fits;
    }

    /// <summary>
    /// Everything but the bootstrap bands: fast enough to redraw on every slider tick. When the analysis asks for
    /// bands the result says <see cref="AnalysisResult.BandsPending"/> and <see cref="AddBands"/> completes it.
    /// </summary>
    /// <param name="reuse">A previous result whose sweeps and size view still apply (see <see cref="SweepKey"/> and
    /// <see cref="SizeKey"/>): they are taken over instead of recomputed, so a moving slider only refits.</param>
    public static AnalysisResult RunFits(Leaderboard table, AnalysisSpec spec, AnalysisParts parts = AnalysisParts.All,
        AnalysisResult? reuse = null, CancellationToken cancellationToken = default)
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
        foreach (var benchmark in data)
        {
            foreach (var form in resolved.Forms)
            {
                cancellationToken.ThrowIfCancellationRequested();
                fits.Add(BenchmarkFitter.Fit(benchmark, form, spec, resolved.Holdout, withInverse: !spec.Bootstrap.IsOn));
            }
        }

        var sweeps = !parts.HasFlag(AnalysisParts.Sweep) ? []
            : reuse is not null && SweepKey(reuse.Spec) == SweepKey(spec) ? reuse.Sweeps
            : Sweeps(data, resolved, spec, cancellationToken);
        var size = !parts.HasFlag(AnalysisParts.Size) || resolved.Benchmarks.Count == 0 ? null
            : reuse is not null && SizeKey(reuse.Spec) == SizeKey(spec) && reuse.Size is not null ? reuse.Size
            : SizeScatter.Build(table, rows, resolved.Benchmarks[0], spec);
        var bandsPending = spec.Bootstrap.IsOn && parts.HasFlag(AnalysisParts.Bands) && fits.Any(f => f.Succeeded);
        return new AnalysisResult(spec, resolved, data, fits, sweeps, size, Stopwatch.GetElapsedTime(started)) { BandsPending = bandsPending };
    }

    /// <summary>
    /// <paramref name="fits"/> with a seeded bootstrap on every converged fit: bands along the curve, on a report grid
    /// and at every point, parameter intervals, and intervals for the inverse predictions. Cancellable between resamples.
    /// </summary>
    public static AnalysisResult AddBands(Leaderboard table, AnalysisResult fits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(fits);
        var started = Stopwatch.GetTimestamp();
        var data = fits.Data.ToDictionary(d => d.Benchmark, StringComparer.Ordinal);
        var banded = new List<BenchmarkFit>(fits.Fits.Count);
        foreach (var fit in fits.Fits)
        {
            cancellationToken.ThrowIfCancellationRequested();
            banded.Add(fit.Succeeded ? BenchmarkFitter.WithBands(fit, data[fit.Benchmark], fits.Spec, fits.Resolved.Holdout, cancellationToken) : fit);
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
        };
    }

    private static List<FormSweep> Sweeps(List<BenchmarkData> data, ResolvedAnalysis resolved, AnalysisSpec spec, CancellationToken cancellationToken)
    {
        var sweeps = new List<FormSweep>();
        if (data.Count == 0 || data[0].X.Count < 6)
        {
            return sweeps;
        }

        var first = data[0];
        var grid = SweepGrid.For(first.X, spec.Holdout.TrainMin);
        foreach (var form in resolved.Forms)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (grid.Count > 0 && (form is not ITwoInputFitForm || first.X2 is not null))
            {
                var request = BenchmarkFitter.Request(first, spec, form, out _);
                sweeps.Add(new FormSweep(form.Id, ThresholdSweep.Run(form, request, grid, spec.Holdout.TrainMin ?? double.NegativeInfinity)));
            }
        }

        return sweeps;
    }
}
