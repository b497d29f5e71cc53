using MathNet.Numerics.RootFinding;

namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// The studentized range distribution for one number of means and degrees of freedom (one range), with the df-only
/// quadrature prepared once. <see cref="Tabulated"/> also tabulates the infinite-df range CDF, for callers that
/// evaluate many q values (Tukey's pairs); <see cref="Direct"/> evaluates it afresh each time, as R does.
/// </summary>
internal sealed class StudentizedRangeDistribution
{
    // R switches to the infinite-df formula above this df (the chi scale is then 1 to ~1e-8).
    private const double LargeDf = 25_000;

    private readonly int _means;
    private readonly ChiScaleQuadrature? _quadrature;
    private readonly Func<double, double> _rangeCdf;

    private StudentizedRangeDistribution(int means, double df, bool tabulate)
    {
        _means = means;
        IsDefined = means >= 2 && df >= 2; // R's ptukey is NaN for df < 2
        if (!IsDefined)
        {
            _rangeCdf = _ => double.NaN;
            return;
        }

        _quadrature = df > LargeDf ? null : new ChiScaleQuadrature(df);
        if (tabulate)
        {
            _rangeCdf = new RangeCdfTable(means).Cdf;
        }
        else
        {
            _rangeCdf = w => RangeOfNormals.Cdf(w, _means);
        }
    }

    public bool IsDefined { get; }

    public static StudentizedRangeDistribution Direct(int means, double df) => new(means, df, tabulate: false);

    public static StudentizedRangeDistribution Tabulated(int means, double df) => new(means, df, tabulate: true);

    public double Cdf(double q)
    {
        if (!IsDefined || double.IsNaN(q))
        {
            return double.NaN;
        }

        if (q <= 0)
        {
            return 0;
        }

        if (double.IsPositiveInfinity(q))
        {
            return 1;
        }

        return _quadrature is null ? _rangeCdf(q) : _quadrature.Cdf(q, _rangeCdf);
    }

    /// <summary>1 - CDF, as R forms it (so it agrees with R down to ~1e-14 and is 0 beyond).</summary>
    public double UpperTail(double q) => Math.Max(0, 0.5 - Cdf(q) + 0.5);

    /// <summary>The q with CDF(q) = p, solved to ~1e-12 (tighter than R's qtukey, whose secant stops at steps of 1e-4).</summary>
    public double Quantile(double p)
    {
        if (!IsDefined || double.IsNaN(p) || p < 0 || p > 1)
        {
            return double.NaN;
        }

        if (p == 0)
        {
            return 0;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        var upper = 1.0;
        var lower = 0.0;
        while (Cdf(upper) < p)
        {
            lower = upper;
            upper *= 2;
            if (upper > 1e6)
            {
                return double.NaN; // p so close to 1 that ptukey's own precision cannot place it
            }
        }

        return Brent.TryFindRoot(q => Cdf(q) - p, lower, upper, 1e-12 * upper, 200, out var root) ? root : double.NaN;
    }
}
