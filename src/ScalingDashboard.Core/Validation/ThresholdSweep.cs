using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Validation;

/// <summary>
/// Seed 003 Appendix C: refit at each threshold of a grid, record validation MAE and MRE, call MRE &lt; 10% a success,
/// and model P(success) by logistic regression on log10(threshold) to find where extrapolation becomes reliable.
/// </summary>
/// <param name="Points">One entry per threshold, in grid order.</param>
/// <param name="SuccessMre">The MRE below which a threshold counts as a success (0.10 in the seed).</param>
/// <param name="Logistic">P(success) against log10(threshold); null when every threshold succeeded or every one failed.</param>
public sealed record ThresholdSweep(IReadOnlyList<ThresholdSweepPoint> Points, double SuccessMre, LogisticFit? Logistic)
{
    /// <summary>The seed's success criterion: validation MRE below 10%.</summary>
    public const double SeedSuccessMre = 0.10;

    /// <summary>The threshold where P(success) reaches 50%, or null (see <see cref="Logistic"/>).</summary>
    public double? CriticalThreshold => Logistic is { } fit ? Math.Pow(10, fit.MidPoint) : null;

    /// <summary>Runs the sweep. Thresholds with nothing above them are kept in <see cref="Points"/> but not modelled.</summary>
    /// <param name="form">The form refitted at each threshold.</param>
    /// <param name="request">The points; its <see cref="FitRequest.Cancellation"/> is checked before each threshold
    /// and inside each refit.</param>
    /// <param name="thresholds">The grid.</param>
    /// <param name="trainMin">Points below it neither train nor validate.</param>
    /// <param name="successMre">Validation MRE below which a threshold counts as a success.</param>
    /// <param name="progress">Told the number of thresholds done after each one.</param>
    /// <exception cref="OperationCanceledException">When the request's token is cancelled.</exception>
    public static ThresholdSweep Run(IFitForm form, FitRequest request, IReadOnlyList<double> thresholds,
        double trainMin = double.NegativeInfinity, double successMre = SeedSuccessMre, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(thresholds);

        var points = new ThresholdSweepPoint[thresholds.Count];
        var u = new List<double>(thresholds.Count);
        var outcomes = new List<bool>(thresholds.Count);
        var warm = WarmStart(form, request, trainMin);
        for (var k = 0; k < thresholds.Count; k++)
        {
            request.Cancellation.ThrowIfCancellationRequested();
            var t = thresholds[k];
            var seed = k;
            Func<FitRequest, FitResult>? fitTrain = warm is { } w ? train => w.Form.FitFrom(train, w.Full, WarmPerturbedStarts, seed) : null;
            var eval = HoldoutEvaluation.Evaluate(form, request, HoldoutSplit.ByThreshold(t, trainMin), fitTrain);
            var v = eval.Validation;
            // Count held-out points from the split, not from the metrics: a failed fit predicts NaN, which the
            // metrics skip, but its held-out points still exist and the threshold is a failure, not a gap.
            var held = 0;
            foreach (var point in eval.Points)
            {
                held += point.Set == PointSet.Validation ? 1 : 0;
            }

            var success = eval.Fit.Converged && v.Mre < successMre;
            points[k] = new ThresholdSweepPoint(t, eval.Train.Count, held, v.Mae, v.Mre, success, eval.Fit.Converged);
            if (held > 0)
            {
                u.Add(Math.Log10(t));
                outcomes.Add(success);
            }

            progress?.Report(k + 1);
        }

        return new ThresholdSweep(points, successMre, LogisticRegression.Fit(u, outcomes));
    }

    /// <summary>Perturbed starts beside the warm start for each threshold of a form with a costly global search.</summary>
    public const int WarmPerturbedStarts = 8;

    /// <summary>
    /// For a form whose global search is costly (the loss law's 4,500 starts), one fit on every point from
    /// <paramref name="trainMin"/> up, from which each threshold's refit starts (plus <see cref="WarmPerturbedStarts"/>
    /// seeded perturbations): each train set is a subset of those points. Null for other forms, or when that fit fails.
    /// </summary>
    private static (IWarmStartFitForm Form, FitResult Full)? WarmStart(IFitForm form, FitRequest request, double trainMin)
    {
        if (form is not IWarmStartFitForm warm)
        {
            return null;
        }

        var from = Enumerable.Range(0, request.X.Count).Where(i => request.X[i] >= trainMin).ToList();
        var full = form.Fit(request.Subset(from));
        return full.Converged ? (warm, full) : null;
    }

    /// <summary>count thresholds spaced evenly in log10 from <paramref name="from"/> to <paramref name="to"/> (seed: 6e19 to 5e22).</summary>
    public static IReadOnlyList<double> GeometricGrid(double from, double to, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(from);
        var grid = new double[count];
        for (var i = 0; i < count; i++)
        {
            grid[i] = from * Math.Pow(to / from, i / (count - 1.0));
        }

        return grid;
    }
}
