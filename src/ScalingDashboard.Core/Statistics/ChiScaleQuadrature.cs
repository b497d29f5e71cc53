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

    public ChiScaleQuadrature(double df)
    {
        _length = df <= 100 ? 1 : df <= 800 ? 0.5 : df <= 5000 ? 0.25 : 0.125;
        var halfDf = df * 0.5;
        var logConstant = halfDf * Math.Log(df) - df * Math.Log(2) - SpecialFunctions.GammaLn(halfDf) + Math.Log(_length);
        var (nodes, weights) = RangeOfNormals.Legendre(16);
        _intervals = new (double, double)[MaxIntervals][];
        for (var i = 0; i < MaxIntervals; i++)
        {
            var centre = (2 * i + 1) * _length;
            var interval = new List<(double, double)>(nodes.Length);
            for (var j = 0; j < nodes.Length; j++)
            {
                var u = centre + nodes[j] * _length;
                var logWeight = logConstant + (halfDf - 1) * Math.Log(u) - u * df * 0.25;
                if (logWeight >= WeightCutoff)
                {
                    interval.Add((Math.Sqrt(u * 0.5), weights[j] * Math.Exp(logWeight)));
                }
            }

            _intervals[i] = [.. interval];
        }
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

        return Math.Min(total, 1);
    }
}
