namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// The studentized range distribution (one range), the same functions as R's <c>ptukey(q, nmeans, df)</c>,
/// <c>ptukey(..., lower.tail = FALSE)</c> and <c>qtukey(p, nmeans, df)</c>, by R's algorithm (Copenhaver and Holland
/// 1988). <paramref name="df"/> may be <see cref="double.PositiveInfinity"/>. Like R, the results are NaN for
/// fewer than 2 means or df &lt; 2.
/// </summary>
public static class StudentizedRange
{
    /// <summary>P(Q &lt;= q) for the range of <paramref name="means"/> means studentized with <paramref name="df"/> degrees of freedom.</summary>
    public static double Cdf(double q, int means, double df) => StudentizedRangeDistribution.Direct(means, df).Cdf(q);

    /// <summary>P(Q &gt; q); 0 once it falls below ~1e-14, as in R.</summary>
    public static double UpperTail(double q, int means, double df) => StudentizedRangeDistribution.Direct(means, df).UpperTail(q);

    /// <summary>The q with P(Q &lt;= q) = <paramref name="p"/>, e.g. the Tukey critical value at p = 0.95.</summary>
    public static double Quantile(double p, int means, double df) => StudentizedRangeDistribution.Direct(means, df).Quantile(p);
}
