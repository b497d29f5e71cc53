using MathNet.Numerics;

namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// The outer integral of the studentized range for finite degrees of freedom, as in R's <c>ptukey</c>: the range CDF
/// at q * s averaged over the distribution of s = sqrt(u / 2), u ~ Gamma(df/2, rate df/4), by 16-point
/// Gauss-Legendre on up to 50 consecutive intervals of a length chosen by df. Nodes and weights depend only on df,
/// so they are computed once and reused for every q (Tukey's 1,326 pairs share them).
/// </summary>
internal sealed class ChiScaleQuadrature
{
    private const int MaxIntervals = 50;
    private const double WeightCutoff = -30; // log weight below which a node cannot matter (exp(-30) ~ 9e-14)
    private const double IntervalCutoff = 1e-14;

    private readonly (double Scale, double Weight)[][] _intervals;
    private readonly double _length;
    private readonly double _totalWeight;

    public ChiScaleQuadrature(double df)
    {
        _length = df <= 100 ? 1 : df <= 800 ? 0.5 : df <= 5000 ? 0.25 : 0.125;
        var halfDf = df * 0.5;
        var (nodes, weights) = RangeOfNormals.Legendre(16);
        _intervals = new (double, double)[MaxIntervals][];
        for (var i = 0; i < MaxIntervals; i++)
        {
            var centre = (2 * i + 1) * _length;
            var interval = new List<(double, double)>(nodes.Length);
            for (var j = 0; j < nodes.Length; j++)
            {
                var u = centre + nodes[j] * _length;
                var logWeight = LogDensity(u, halfDf) + Math.Log(_length);
                if (logWeight >= WeightCutoff)
                {
                    interval.Add((Math.Sqrt(u * 0.5), weights[j] * Math.Exp(logWeight)));
                }
            }

            _intervals[i] = [.. interval];
            _totalWeight += interval.Sum(node => node.Item2);
        }

        // Only above df = 100 is the missing mass just the cut-off's; below, the density's sqrt-like start at u = 0
        // makes the Gauss-Legendre sum itself differ from 1, an error R's answers carry and which cancels in part.
        if (df <= 100)
        {
            _totalWeight = 1;
        }
    }

    /// <summary>
    /// ln of the Gamma(df/2, rate df/4) density at u. R sums terms of size df ln df and cancels them, losing ~df * 1e-16
    /// (3e-12 at df = 7,000, which is 3e-6 of a p-value of 1e-6); for large df this uses Stirling's series and the
    /// log1p form, where the large terms cancel analytically: with a = df/2 and v = u/2 the density is
    /// a (ln v - (v - 1)) + ln a / 2 - ln(2 pi) / 2 - c(a) - ln u, c(a) being Stirling's correction to ln Gamma(a).
    /// </summary>
    internal static double LogDensity(double u, double a)
    {
        if (a < 50)
        {
            return a * Math.Log(2 * a) - 2 * a * Math.Log(2) - SpecialFunctions.GammaLn(a) + (a - 1) * Math.Log(u) - u * a * 0.5;
        }

        var excess = u * 0.5 - 1;
        var a2 = a * a;
        var correction = (1 - (1 - (1 - 0.75 / a2) * 2.0 / 7 / a2) / 30 / a2) / (12 * a); // 1/12a - 1/360a^3 + 1/1260a^5 - 1/1680a^7
        return a * (FDistribution.LogOnePlus(excess) - excess) + 0.5 * Math.Log(a) - 0.5 * Math.Log(2 * Math.PI) - correction - Math.Log(u);
    }

    /// <summary>P(Q &lt; q) given the range CDF of the infinite-df case.</summary>
    public double Cdf(double q, Func<double, double> rangeCdf)
    {
        var total = 0.0;
        for (var i = 0; i < MaxIntervals; i++)
        {
            var sum = 0.0;
            foreach (var (scale, weight) in _intervals[i])
            {
                sum += rangeCdf(q * scale) * weight;
            }

            // Stop once an interval adds nothing, but not before u = 1, so a small left tail is not cut short (R's rule).
            if ((i + 1) * _length >= 1 && sum <= IntervalCutoff)
            {
                break;
            }

            total += sum;
        }

        // The nodes' weights sum to 1 - 8.4e-12 at df = 7,117 (mass lost at the exp(-30) cut-off); R leaves that
        // mass in its upper tail, 4e-6 too much at p = 1e-6 (checked by mpmath, Fixtures/ptukey_mpmath_check.py).
        // Dividing by the total puts it back where the CDF is.
        return Math.Min(total / _totalWeight, 1);
    }
}
