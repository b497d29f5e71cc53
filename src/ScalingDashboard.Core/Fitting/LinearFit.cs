namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// The straight line a linearised form was fitted as (v = Intercept + Slope * u in the form's transformed space),
/// with its ordinary-least-squares uncertainty. Exposed so users can compare with papers that print the line.
/// </summary>
/// <param name="Slope">Fitted slope.</param>
/// <param name="Intercept">Fitted intercept.</param>
/// <param name="SlopeStandardError">OLS standard error of the slope; NaN with fewer than 3 points.</param>
/// <param name="InterceptStandardError">OLS standard error of the intercept; NaN with fewer than 3 points.</param>
/// <param name="Covariance">Cov(intercept, slope); NaN with fewer than 3 points.</param>
/// <param name="Count">Points in the regression.</param>
/// <param name="MeanU">Mean of the transformed x, needed for prediction and calibration intervals.</param>
/// <param name="Suu">Sum of squared deviations of the transformed x.</param>
/// <param name="ResidualStandardError">sqrt(SSE / (n - 2)); NaN with fewer than 3 points.</param>
/// <param name="RSquared">R² of the line in the transformed space.</param>
/// <param name="ResidualSumOfSquares">SSE of the line in the transformed space (for <see cref="InformationCriteria"/>).</param>
public sealed record LinearFit(
    double Slope,
    double Intercept,
    double SlopeStandardError,
    double InterceptStandardError,
    double Covariance,
    int Count,
    double MeanU,
    double Suu,
    double ResidualStandardError,
    double RSquared,
    double ResidualSumOfSquares);
