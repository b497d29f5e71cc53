namespace ScalingDashboard.Core.Fitting;

/// <summary>
/// Akaike and Bayesian information criteria of a fit under a Gaussian likelihood of its residuals in the space the
/// fit minimised (e.g. ln(-ln Q') for the OLS power law, the score for log-linear), up to the constant every fit of
/// the same points shares: <c>AIC = n ln(RSS/n) + 2k</c>, <c>BIC = n ln(RSS/n) + k ln n</c>, k = fitted parameters
/// (settings such as Qrandom are not counted; the noise variance is left out of k, which shifts every AIC by the same 2).
/// </summary>
/// <remarks>
/// Only compare values with the same <see cref="Space"/> and the same points: a log-space RSS and a score-space RSS
/// are different likelihoods. Lower is better; a difference of about 2 (AIC) or more is the usual bar.
/// A noise-free fit has RSS = 0 and so AIC = BIC = negative infinity.
/// </remarks>
/// <param name="Count">Points in the fit (n).</param>
/// <param name="ParameterCount">Fitted parameters (k).</param>
/// <param name="ResidualSumOfSquares">Sum of squared residuals in <see cref="Space"/>.</param>
/// <param name="Aic">n ln(RSS/n) + 2k.</param>
/// <param name="Bic">n ln(RSS/n) + k ln n.</param>
/// <param name="Space">Where the residuals were taken, e.g. "ln(-ln Q')".</param>
public sealed record InformationCriteria(int Count, int ParameterCount, double ResidualSumOfSquares, double Aic, double Bic, string Space)
{
    /// <summary>The criteria, or null when they do not exist (n &lt;= k leaves no residual degrees of freedom, or RSS is not finite).</summary>
    public static InformationCriteria? Create(int count, int parameterCount, double residualSumOfSquares, string space)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (count <= parameterCount || !(residualSumOfSquares >= 0) || double.IsPositiveInfinity(residualSumOfSquares))
        {
            return null;
        }

        var logLikelihoodTerm = count * Math.Log(residualSumOfSquares / count);
        return new InformationCriteria(count, parameterCount, residualSumOfSquares,
            logLikelihoodTerm + 2.0 * parameterCount, logLikelihoodTerm + parameterCount * Math.Log(count), space);
    }
}
