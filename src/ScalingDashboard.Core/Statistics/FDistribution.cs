using MathNet.Numerics;

namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// The F distribution's upper tail in log space. MathNet's BetaRegularized underflows to 0 near 1e-308, which a
/// leaderboard-sized ANOVA passes easily (p ~ 1e-600), so the regularised incomplete beta is evaluated here as a
/// continued fraction whose prefactor stays a logarithm.
/// </summary>
internal static class FDistribution
{
    private const int MaxIterations = 100_000;

    /// <summary>log10 P(F(d1, d2) &gt; f): finite for every finite f &gt; 0.</summary>
    public static double Log10UpperTail(double f, double d1, double d2)
    {
        if (double.IsNaN(f) || d1 <= 0 || d2 <= 0)
        {
            return double.NaN;
        }

        if (f <= 0)
        {
            return 0;
        }

        if (double.IsPositiveInfinity(f))
        {
            return double.NegativeInfinity;
        }

        // P(F > f) = I_x(d2/2, d1/2) with x = d2 / (d2 + d1 f); both logs are formed without cancellation.
        // With r = d1 f / d2: ln x = -ln(1 + r), ln(1 - x) = -ln(1 + 1/r); for r >= 1 the first is split as
        // -(ln r + ln(1 + 1/r)) with ln r from its parts, so even F near double.MaxValue does not overflow.
        var ratio = d1 * f / d2;
        var logOneMinusX = -LogOnePlus(d2 / (d1 * f));
        var logX = ratio < 1 ? -LogOnePlus(ratio) : -(Math.Log(d1) + Math.Log(f) - Math.Log(d2)) + logOneMinusX;
        return LogRegularizedBeta(d2 / 2, d1 / 2, logX, logOneMinusX) / Math.Log(10);
    }

    /// <summary>ln I_x(a, b), given ln x and ln(1 - x).</summary>
    internal static double LogRegularizedBeta(double a, double b, double logX, double logOneMinusX)
    {
        var x = Math.Exp(logX);
        if (x < (a + 1) / (a + b + 2))
        {
            return LogTailByContinuedFraction(a, b, logX, logOneMinusX, x);
        }

        // Past the bulk the fraction converges for the mirrored tail: I_x(a, b) = 1 - I_{1-x}(b, a).
        var mirrored = LogTailByContinuedFraction(b, a, logOneMinusX, logX, Math.Exp(logOneMinusX));
        return Math.Log(-ExpMinusOne(mirrored));
    }

    private static double LogTailByContinuedFraction(double a, double b, double logX, double logOneMinusX, double x)
    {
        var logPrefactor = a * logX + b * logOneMinusX - Math.Log(a)
            - (SpecialFunctions.GammaLn(a) + SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(a + b));
        return logPrefactor + Math.Log(ContinuedFraction(a, b, x));
    }

    /// <summary>ln(1 + x) without losing x's digits when it is small (Goldberg's correction).</summary>
    internal static double LogOnePlus(double x)
    {
        var y = 1 + x;
        var z = y - 1;
        return z == 0 ? x : Math.Log(y) * (x / z);
    }

    /// <summary>exp(x) - 1 without cancellation near 0 (Kahan's correction).</summary>
    private static double ExpMinusOne(double x)
    {
        var u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        var v = u - 1;
        return v == -1 ? -1 : v * x / Math.Log(u);
    }

    /// <summary>The continued fraction of I_x(a, b) (Abramowitz and Stegun 26.5.8), by the modified Lentz method.</summary>
    private static double ContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300;
        const double epsilon = 1e-16;
        var c = 1.0;
        var d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.Abs(d) < tiny ? tiny : d);
        var h = d;
        for (var m = 1; m <= MaxIterations; m++)
        {
            var m2 = 2 * m;
            var even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / Guard(1 + even * d);
            c = Guard(1 + even / c);
            h *= d * c;
            var odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / Guard(1 + odd * d);
            c = Guard(1 + odd / c);
            var step = d * c;
            h *= step;
            if (Math.Abs(step - 1) < epsilon)
            {
                break;
            }
        }

        return h;

        static double Guard(double value) => Math.Abs(value) < tiny ? tiny : value;
    }
}
