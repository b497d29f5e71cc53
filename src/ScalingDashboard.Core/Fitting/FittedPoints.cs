namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// The per-point half of a fit's result: every request point with its prediction and whether the fit used it, plus
/// the train errors and the score-space RSS over the used ones. Shared so the forms cannot drift in what they count.
/// </summary>
internal static class FittedPoints
{
    /// <param name="request">The fitted request; x and y come from it.</param>
    /// <param name="used">Which points the fit used (same length as the request).</param>
    /// <param name="predict">The fitted curve's y at point i.</param>
    public static (FitPoint[] Points, ErrorMetrics Train, double ScoreRss) Evaluate(FitRequest request, bool[] used, Func<int, double> predict)
    {
        var n = request.X.Count;
        var points = new FitPoint[n];
        var errors = new ErrorAccumulator();
        var rss = 0.0;
        for (var i = 0; i < n; i++)
        {
            var predicted = predict(i);
            points[i] = new FitPoint(i, request.X[i], request.Y[i], predicted, used[i], request.Labels?[i]);
            if (used[i])
            {
                errors.Add(request.Y[i], predicted);
                rss += (request.Y[i] - predicted) * (request.Y[i] - predicted);
            }
        }

        return (points, errors.ToMetrics(), rss);
    }
}
