namespace ScalingDashboard.Core.Validation;

/// <summary>Two-parameter logistic regression by Newton-Raphson (IRLS): closed 2x2 solves, no matrix library needed.</summary>
public static class LogisticRegression
{
    /// <summary>Fits P(success | u); null when there are no successes or no failures (no transition to locate).</summary>
    public static LogisticFit? Fit(IReadOnlyList<double> u, IReadOnlyList<bool> success)
    {
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(success);
        if (u.Count != success.Count)
        {
            throw new ArgumentException($"{u.Count} values but {success.Count} outcomes.", nameof(success));
        }

        double maxFailure = double.NegativeInfinity, minSuccess = double.PositiveInfinity;
        double minFailure = double.PositiveInfinity, maxSuccess = double.NegativeInfinity;
        for (var i = 0; i < u.Count; i++)
        {
            if (success[i])
            {
                minSuccess = Math.Min(minSuccess, u[i]);
                maxSuccess = Math.Max(maxSuccess, u[i]);
            }
            else
            {
                maxFailure = Math.Max(maxFailure, u[i]);
                minFailure = Math.Min(minFailure, u[i]);
            }
        }

        if (double.IsPositiveInfinity(minSuccess) || double.IsNegativeInfinity(maxFailure))
        {
            return null;
        }

        // Complete separation: the likelihood rises forever as the slope grows, so report the gap's midpoint.
        if (maxFailure < minSuccess)
        {
            return new LogisticFit(double.NaN, double.NaN, (maxFailure + minSuccess) / 2, true);
        }

        if (maxSuccess < minFailure)
        {
            return new LogisticFit(double.NaN, double.NaN, (maxSuccess + minFailure) / 2, true);
        }

        double b0 = 0, b1 = 0;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
            for (var i = 0; i < u.Count; i++)
            {
                var p = 1 / (1 + Math.Exp(-(b0 + b1 * u[i])));
                var r = (success[i] ? 1 : 0) - p;
                var w = p * (1 - p);
                g0 += r;
                g1 += r * u[i];
                h00 += w;
                h01 += w * u[i];
                h11 += w * u[i] * u[i];
            }

            var det = h00 * h11 - h01 * h01;
            if (!(det > 0))
            {
                break;
            }

            var d0 = (h11 * g0 - h01 * g1) / det;
            var d1 = (h00 * g1 - h01 * g0) / det;
            b0 += d0;
            b1 += d1;
            if (Math.Abs(d0) + Math.Abs(d1) < 1e-12 * (1 + Math.Abs(b0) + Math.Abs(b1)))
            {
                break;
            }
        }

        return new LogisticFit(b0, b1, -b0 / b1, false);
    }
}
