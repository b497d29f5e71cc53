using ScalingDashboard.Core.Concurrency;
using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Validation;

/// <summary>
/// Seeded nonparametric bootstrap of a fit: resample the models (or whole families) with replacement, refit, and take
/// percentile intervals of the refitted curves at requested x values and of the parameters.
/// </summary>
/// <remarks>
/// Curve values are collected in the form's own fit space (<see cref="IResponseTransform"/>, e.g. ln(-ln Q')), the
/// percentiles taken there and mapped back. For a monotone map the order statistics commute with it, but the
/// interpolation between them, and the residuals added for prediction intervals, only make sense in the space where
/// the form's errors are additive; mapping back keeps every band inside the curve's range and valid on log axes.
/// Pure and deterministic: resample k draws its runs (and, apart, its residual noise) from generators seeded by the
/// options' seed and k (<see cref="ResampleSeed"/>), resamples run in parallel on all cores, and every percentile is
/// taken over the resamples in index order, so the result does not depend on the core count or thread timing.
/// </remarks>
public static class Bootstrap
{
    /// <summary>The bootstrap without progress reports (see the overload taking an <see cref="IProgress{T}"/>).</summary>
    public static BootstrapResult Run(IFitForm form, FitRequest request, BootstrapOptions options, CancellationToken cancellationToken = default) =>
        Run(form, request, options, null, cancellationToken);

    /// <param name="form">The form to refit.</param>
    /// <param name="request">The points to resample (the fit's train set).</param>
    /// <param name="options">Resamples, seed, band positions.</param>
    /// <param name="cancellationToken">Checked before every resample and inside every refit (it becomes the refits'
    /// <see cref="FitRequest.Cancellation"/>), so a superseded run (a moving slider) stops within one evaluation of the
    /// loss instead of finishing hundreds of refits. When not cancellable, the request's own token is used.</param>
    /// <param name="progress">Told the number of resamples done after each one.</param>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static BootstrapResult Run(
        IFitForm form, FitRequest request, BootstrapOptions options, IProgress<int>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Resamples);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(options.Confidence, 1);
        if (options.Groups is not null && options.Groups.Count != request.X.Count)
        {
            throw new ArgumentException($"{options.Groups.Count} family labels for {request.X.Count} points.", nameof(options));
        }

        if (cancellationToken.CanBeCanceled)
        {
            request = request with { Cancellation = cancellationToken };
        }
        else
        {
            cancellationToken = request.Cancellation;
        }

        var full = form.Fit(request);
        var at = options.At;
        var fullValues = full.Values;
        var transform = form as IResponseTransform;
        var residuals = full.Converged ? FitSpaceResiduals(full, fullValues, transform) : [];
        var groups = Families(request, options.Groups);
        var resamples = options.Resamples;
        var fitted = FittedIndices(form);
        var derived = form as IDerivedQuantities;
        var derivedCount = derived?.DerivedNames.Count ?? 0;
        var invertAt = options.InvertAt ?? [];
        var at2 = options.At2;
        if (at2 is not null && at2.Count != at.Count)
        {
            throw new ArgumentException($"{at2.Count} second-input values for {at.Count} band points.", nameof(options));
        }

        // Every resample writes only its own column (index r) of these, NaN where it has nothing; the reduction below
        // reads them in resample order, so the result is the same on one core or many.
        var curve = NewSamples(at.Count, resamples);
        var prediction = NewSamples(at.Count, resamples);
        var parameterSamples = NewSamples(fitted.Length + derivedCount, resamples);
        var inverse = NewSamples(invertAt.Count, resamples);
        var convergedFlags = new bool[resamples];
        var gate = new object();
        var done = 0;
        var warm = form as IWarmStartFitForm;
        var parallel = options.Parallelism is int degree
            ? new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = degree }
            : Parallelism.Options(cancellationToken);
        if (full.Converged && resamples > 0)
        {
            try
            {
                Parallel.For(0, resamples, parallel, () => new List<int>(request.X.Count), (r, _, indices) =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    // Resample r draws from its own generators: the indices, then (apart) the residual noise.
                    var random = new Random(ResampleSeed.For(options.Seed, r, ResampleSeed.Indices));
                    indices.Clear();
                    for (var g = 0; g < groups.Length; g++)
                    {
                        indices.AddRange(groups[random.Next(groups.Length)]);
                    }

                    // The resamples already fill the cores: each refit searches on its own thread.
                    var subset = request.Subset(indices) with { SearchInParallel = false };
                    var fit = warm is null
                        ? form.Fit(subset)
                        : warm.FitFrom(subset, full, options.PerturbedStarts, ResampleSeed.For(options.Seed, r, ResampleSeed.Starts));
                    if (fit.Converged)
                    {
                        Record(r, fit.Values);
                    }

                    // Reported in order under the lock; a cancelled run reports nothing more once cancellation is seen.
                    lock (gate)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        progress?.Report(++done);
                    }

                    return indices;
                }, _ => { });
            }
            catch (AggregateException ex)
            {
                // A cancelled run ends as cancelled whichever worker saw it first; any other failure as itself.
                cancellationToken.ThrowIfCancellationRequested();
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            }
        }

        void Record(int r, IReadOnlyList<double> values)
        {
            var noise = new Random(ResampleSeed.For(options.Seed, r, ResampleSeed.Noise));
            for (var j = 0; j < at.Count; j++)
            {
                var v = ToFitSpace(transform, values, form.EvaluateAt(values, at[j], At2(at2, j)));
                curve[j][r] = v;
                prediction[j][r] = double.IsFinite(v) && residuals.Length > 0 ? v + residuals[noise.Next(residuals.Length)] : double.NaN;
            }

            for (var k = 0; k < fitted.Length; k++)
            {
                parameterSamples[k][r] = values[fitted[k]];
            }

            if (derived is not null)
            {
                Span<double> into = stackalloc double[derivedCount];
                derived.Derive(values, into);
                for (var k = 0; k < derivedCount; k++)
                {
                    parameterSamples[fitted.Length + k][r] = into[k];
                }
            }

            for (var j = 0; j < invertAt.Count; j++)
            {
                inverse[j][r] = form.IsInvertible && form.TryInvert(values, invertAt[j], out var x) && x > 0 ? Math.Log(x) : double.NaN;
            }

            convergedFlags[r] = true;
        }

        var converged = convergedFlags.Count(c => c);
        var lowQ = (1 - options.Confidence) / 2;
        var highQ = 1 - lowQ;
        var band = new BootstrapBandPoint[at.Count];
        for (var j = 0; j < at.Count; j++)
        {
            // Percentiles sort every position's samples: thousands of positions (a band at every row of a leaderboard)
            // times thousands of resamples is a second of work, so it checks too.
            cancellationToken.ThrowIfCancellationRequested();
            var (lower, upper) = MapBack(transform, fullValues, curve[j], Compact(curve[j], convergedFlags), lowQ, highQ);
            var (pLower, pUpper) = MapBack(transform, fullValues, prediction[j], Compact(prediction[j], convergedFlags), lowQ, highQ);
            var centre = full.Converged ? form.EvaluateAt(fullValues, at[j], At2(at2, j)) : double.NaN;
            band[j] = new BootstrapBandPoint(at[j], centre, lower, upper, pLower, pUpper);
        }

        var intervals = new ParameterInterval[fitted.Length];
        var ranges = new ParameterRange[fitted.Length + derivedCount];
        Span<double> fullDerived = stackalloc double[derivedCount];
        fullDerived.Fill(double.NaN);
        if (full.Converged)
        {
            derived?.Derive(fullValues, fullDerived);
        }

        for (var k = 0; k < ranges.Length; k++)
        {
            var samples = parameterSamples[k];
            var count = Compact(samples, convergedFlags);
            Array.Sort(samples, 0, count);
            var (name, value) = k < fitted.Length
                ? (form.Parameters[fitted[k]].Name, fullValues[fitted[k]])
                : (derived!.DerivedNames[k - fitted.Length], fullDerived[k - fitted.Length]);
            ranges[k] = new ParameterRange(name, value,
                Percentile.OfSorted(samples, count, (1 - ParameterRange.Narrow) / 2), Percentile.OfSorted(samples, count, (1 + ParameterRange.Narrow) / 2),
                Percentile.OfSorted(samples, count, (1 - ParameterRange.Wide) / 2), Percentile.OfSorted(samples, count, (1 + ParameterRange.Wide) / 2));
            if (k < fitted.Length)
            {
                intervals[k] = new ParameterInterval(name, value, Percentile.OfSorted(samples, count, lowQ), Percentile.OfSorted(samples, count, highQ));
            }
        }

        var inverses = new InverseInterval[invertAt.Count];
        for (var j = 0; j < invertAt.Count; j++)
        {
            var centre = full.Converged && form.IsInvertible && form.TryInvert(fullValues, invertAt[j], out var x) ? x : double.NaN;
            var count = Compact(inverse[j], convergedFlags);
            var low = Math.Exp(Percentile.OfUnsorted(inverse[j], count, lowQ));
            var high = Math.Exp(Percentile.OfSorted(inverse[j], count, highQ));
            inverses[j] = new InverseInterval(invertAt[j], centre, low, high, count);
        }

        return new BootstrapResult(full, options.Resamples, converged, options.Confidence, band, intervals, inverses) { Intervals = ranges };
    }

    /// <summary>
    /// Moves the finite values of converged resamples to the front of <paramref name="samples"/>, in resample order,
    /// and returns how many there are (a refit that failed, or a curve undefined at a position, adds nothing).
    /// </summary>
    private static int Compact(double[] samples, bool[] converged)
    {
        var count = 0;
        for (var r = 0; r < samples.Length; r++)
        {
            if (converged[r] && double.IsFinite(samples[r]))
            {
                samples[count++] = samples[r];
            }
        }

        return count;
    }

    /// <summary>Residuals of the points the fit used, in its own space, to add to resampled curves.</summary>
    private static double[] FitSpaceResiduals(FitResult fit, IReadOnlyList<double> values, IResponseTransform? transform)
    {
        var residuals = new List<double>(fit.Points.Count);
        foreach (var point in fit.Points)
        {
            if (point.UsedInFit)
            {
                var r = ToFitSpace(transform, values, point.Y) - ToFitSpace(transform, values, point.Predicted);
                if (double.IsFinite(r))
                {
                    residuals.Add(r);
                }
            }
        }

        return [.. residuals];
    }

    /// <summary>Point indices per family in first-appearance order (so the draw order, and the result, is fixed).</summary>
    private static int[][] Families(FitRequest request, IReadOnlyList<string>? labels)
    {
        var n = request.X.Count;
        if (labels is null)
        {
            var single = new int[n][];
            for (var i = 0; i < n; i++)
            {
                single[i] = [i];
            }

            return single;
        }

        var order = new List<List<int>>();
        var byLabel = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (!byLabel.TryGetValue(labels[i], out var members))
            {
                members = [];
                byLabel[labels[i]] = members;
                order.Add(members);
            }

            members.Add(i);
        }

        return order.Select(m => m.ToArray()).ToArray();
    }

    private static int[] FittedIndices(IFitForm form) =>
        Enumerable.Range(0, form.Parameters.Count).Where(k => form.Parameters[k].IsFitted).ToArray();

    private static double[][] NewSamples(int rows, int resamples)
    {
        var samples = new double[rows][];
        for (var j = 0; j < rows; j++)
        {
            samples[j] = new double[resamples];
            Array.Fill(samples[j], double.NaN);
        }

        return samples;
    }

    private static double At2(IReadOnlyList<double>? at2, int j) => at2 is null ? double.NaN : at2[j];

    private static double ToFitSpace(IResponseTransform? transform, IReadOnlyList<double> values, double y) =>
        transform is null ? y : transform.ToFitSpace(values, y);

    /// <summary>Percentiles in the fit space mapped back to y; ordered because the map may be decreasing.</summary>
    private static (double Lower, double Upper) MapBack(
        IResponseTransform? transform, IReadOnlyList<double> values, double[] samples, int count, double lowQ, double highQ)
    {
        var low = Percentile.OfUnsorted(samples, count, lowQ);
        var high = Percentile.OfSorted(samples, count, highQ);
        if (transform is not null)
        {
            low = transform.FromFitSpace(values, low);
            high = transform.FromFitSpace(values, high);
        }

        return (Math.Min(low, high), Math.Max(low, high));
    }
}
