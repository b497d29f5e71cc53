using ScalingDashboard.Core.Fitting;

namespace ScalingDashboard.Core.Validation;

/// <summary>
/// A form fitted on the train set of a <see cref="HoldoutSplit"/> and judged on the validation set: the seeds'
/// test of whether a scaling law extrapolates (003 Table 3).
/// </summary>
/// <param name="Fit">The fit on the train points (its points are the train subset, re-indexed).</param>
/// <param name="Train">Errors on the train points the form actually used.</param>
/// <param name="Validation">Errors on the validation points.</param>
/// <param name="Points">Every request point with its set and prediction, in request order.</param>
public sealed record HoldoutEvaluation(FitResult Fit, ErrorMetrics Train, ErrorMetrics Validation, IReadOnlyList<HoldoutPoint> Points)
{
    /// <summary>Fits <paramref name="form"/> on the train points of <paramref name="request"/> and predicts the rest.</summary>
    /// <param name="form">The form.</param>
    /// <param name="request">Every point.</param>
    /// <param name="split">Which points train and which validate.</param>
    /// <param name="fitTrain">How the train points are fitted; <see cref="IFitForm.Fit"/> when null (a sweep passes a
    /// warm-started refit here).</param>
    public static HoldoutEvaluation Evaluate(IFitForm form, FitRequest request, HoldoutSplit split, Func<FitRequest, FitResult>? fitTrain = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(split);

        var n = request.X.Count;
        var sets = new PointSet[n];
        var trainIndex = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            sets[i] = split.Assign(i, request.X[i]);
            if (sets[i] == PointSet.Train)
            {
                trainIndex.Add(i);
            }
        }

        var fit = (fitTrain ?? form.Fit)(request.Subset(trainIndex));

        // Train points the form left out (below the margin, missing) are reported as excluded, not as train,
        // so the train metrics and the plotted train set agree.
        for (var k = 0; k < trainIndex.Count; k++)
        {
            if (!fit.Points[k].UsedInFit)
            {
                sets[trainIndex[k]] = PointSet.Excluded;
            }
        }

        var values = fit.Values;
        var points = new HoldoutPoint[n];
        var train = new ErrorAccumulator();
        var validation = new ErrorAccumulator();
        for (var i = 0; i < n; i++)
        {
            var x = request.X[i];
            var y = request.Y[i];
            var predicted = fit.Converged ? form.EvaluateAt(values, x, request.X2At(i)) : double.NaN;
            points[i] = new HoldoutPoint(i, x, y, predicted, sets[i], request.Labels?[i]);
            if (sets[i] == PointSet.Train)
            {
                train.Add(y, predicted);
            }
            else if (sets[i] == PointSet.Validation)
            {
                validation.Add(y, predicted);
            }
        }

        return new HoldoutEvaluation(fit, train.ToMetrics(), validation.ToMetrics(), points);
    }
}
