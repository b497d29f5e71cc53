namespace ScalingDashboard.Core.Validation;

/// <summary>
/// The x a fit implies for an observed score (seed 000: a closed model's size from its score), with a bootstrap
/// percentile interval. Percentiles are taken over ln x, so the interval is asymmetric in x and valid on log axes.
/// The interval is the fitted curve's uncertainty only; for a single noisy observed score add its own scatter, as
/// <see cref="Fitting.InversePrediction.FromLogLinear"/> does for the log-linear form.
/// </summary>
/// <param name="Y">The observed score.</param>
/// <param name="X">The full fit's inverse (NaN when the score is outside the curve's range).</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end of the interval.</param>
/// <param name="Count">Refits whose curve reaches <paramref name="Y"/> (the interval is over these only).</param>
public sealed record InverseInterval(double Y, double X, double Lower, double Upper, int Count);
