namespace ScalingDashboard.Core.Validation;

/// <summary>One threshold of a sweep: fit on x &lt;= Threshold, validate on x &gt; Threshold.</summary>
/// <param name="Threshold">The split point.</param>
/// <param name="TrainCount">Points the form used for the fit.</param>
/// <param name="ValidationCount">Points above the threshold (held out even when the fit failed).</param>
/// <param name="Mae">Validation MAE (NaN when the fit failed or nothing was held out).</param>
/// <param name="Mre">Validation MRE.</param>
/// <param name="Success">Validation MRE below the sweep's success level (a failed fit is not a success).</param>
/// <param name="Converged">Whether the fit succeeded.</param>
public sealed record ThresholdSweepPoint(double Threshold, int TrainCount, int ValidationCount, double Mae, double Mre, bool Success, bool Converged);
