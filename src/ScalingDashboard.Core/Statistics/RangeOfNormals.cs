using MathNet.Numerics;
using MathNet.Numerics.Integration;

namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// P(range of <c>means</c> independent standard normals &lt; w): the studentized range with infinite degrees of freedom.
/// Follows Copenhaver and Holland (1988) as R's <c>wprob</c> does, so results agree with R's <c>ptukey</c>: Hartley's
/// form, [2 Phi(w/2) - 1]^k + 2k * integral from w/2 to 8 of phi(y) [Phi(y) - Phi(y - w)]^(k-1) dy, by 12-point
/// Gauss-Legendre on two or three equal pieces, with the same cut-offs for terms below about 1e-13.
/// </summary>
internal static class RangeOfNormals
{
    private const double UpperLimit = 8; // at w/2 >= 8 the probability is 1 to 14 digits
    private static readonly double InvSqrt2Pi = 1 / Math.Sqrt(2 * Math.PI);
    private static readonly (double[] Nodes, double[] Weights) Rule = Legendre(12);

    /// <summary>W at which the quadrature changes from three pieces to two (R's choice, kept for agreement).</summary>
    public const double PiecesSwitch = 3;

    public static double Cdf(double w, int means) => Cdf(w, means, w > PiecesSwitch ? 2 : 3);

    /// <summary>
    /// As <see cref="Cdf(double, int)"/> with the number of quadrature pieces forced: the choice makes the function
    /// jump slightly (~1e-10) at w = 3, so a table reads each side from values made the same way.
    /// </summary>
    public static double Cdf(double w, int means, int pieces)
    {
        var half = w * 0.5;
        if (half >= UpperLimit)
        {
            return 1;
        }

        var k = (double)means;
        var first = SpecialFunctions.Erf(half / Math.Sqrt(2));
        first = first >= Math.Exp(-50 / k) ? Math.Pow(first, k) : 0;

        var width = (UpperLimit - half) / pieces;
        var innerCutoff = Math.Exp(-30 / (k - 1));
        var integral = 0.0;
        var lower = half;
        for (var piece = 0; piece < pieces; piece++)
        {
            var centre = lower + width * 0.5;
            var radius = width * 0.5;
            var sum = 0.0;
            for (var j = 0; j < Rule.Nodes.Length; j++)
            {
                var y = centre + radius * Rule.Nodes[j];
                var exponent = y * y;
                if (exponent > 60)
                {
                    break; // nodes ascend, so every later one is beyond exp(-30) as well
                }

                var inner = Phi(y) - Phi(y - w);
                if (inner >= innerCutoff)
                {
                    sum += Rule.Weights[j] * Math.Exp(-0.5 * exponent) * Math.Pow(inner, k - 1);
                }
            }

            integral += sum * 2 * radius * k * InvSqrt2Pi;
            lower += width;
        }

        var total = first + integral;
        if (total <= Math.Exp(-30))
        {
            return 0;
        }

        return Math.Min(total, 1);
    }

    // A large range leaves little mass in the second term, hence fewer pieces above w = 3.

    /// <summary>Standard normal distribution function.</summary>
    internal static double Phi(double x) => 0.5 * SpecialFunctions.Erfc(-x / Math.Sqrt(2));

    /// <summary>Gauss-Legendre nodes on [-1, 1] in ascending order with their weights.</summary>
    internal static (double[] Nodes, double[] Weights) Legendre(int order)
    {
        var rule = new GaussLegendreRule(-1, 1, order);
        var nodes = rule.Abscissas.ToArray();
        var weights = rule.Weights.ToArray();
        Array.Sort(nodes, weights);
        return (nodes, weights);
    }
}
