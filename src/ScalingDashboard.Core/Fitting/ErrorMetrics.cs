namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// Prediction errors on a set of points, in the original y scale (the seeds report them that way).
/// </summary>
/// <param name="Count">Points compared.</param>
/// <param name="Mae">Mean |predicted - observed|.</param>
/// <param name="Mre">Mean |predicted - observed| / |observed| over points with observed != 0 (a zero score has no relative error); NaN if none.</param>
/// <param name="Rmse">sqrt(mean (predicted - observed)²).</param>
/// <param name="RSquared">1 - SSres/SStot; NaN with fewer than 2 points or constant observations.</param>
public sealed record ErrorMetrics(int Count, double Mae, double Mre, double Rmse, double RSquared)
{
    /// <summary>Metrics of an empty set: all NaN.</summary>
    public static ErrorMetrics Empty { get; } = new(0, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>Metrics of paired observations and predictions; pairs with a non-finite value are skipped.</summary>
    public static ErrorMetrics Compute(IReadOnlyList<double> observed, IReadOnlyList<double> predicted)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(predicted);
        if (observed.Count != predicted.Count)
        {
            throw new ArgumentException($"{observed.Count} observations but {predicted.Count} predictions.", nameof(predicted));
        }

        var acc = new ErrorAccumulator();
        for (var i = 0; i < observed.Count; i++)
        {
            acc.Add(observed[i], predicted[i]);
        }

        return acc.ToMetrics();
    }
}
