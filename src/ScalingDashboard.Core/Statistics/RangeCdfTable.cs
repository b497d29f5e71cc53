namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// <see cref="RangeOfNormals.Cdf"/> for one number of means, tabulated once and read back by interpolation. Tukey's
/// test evaluates the range CDF at ~66 scales for each of up to thousands of pairs; the table replaces ~70 normal
/// CDFs per evaluation with one interpolation. R's quadrature jumps slightly at w = 3 (three pieces below, two above), so each side
/// has its own grid. Below w = 1 the CDF behaves like c w^(k-1), so it is tabulated against
/// ln w there (where ln W is nearly linear); above, against w itself. Accuracy (~1e-10 relative in either tail) is
/// checked against the direct evaluation in the tests.
/// </summary>
internal sealed class RangeCdfTable
{
    private const double Switch = 1; // below: the log-spaced grid; above: the evenly spaced one
    private const double Smallest = 1e-4; // below this the direct evaluation is used (rare: q * s < 1e-4)
    private const double End = 16; // RangeOfNormals returns exactly 1 from here on

    private readonly int _means;
    private readonly TailGrid _small;
    private readonly TailGrid _middle;
    private readonly TailGrid _large;

    public RangeCdfTable(int means)
    {
        _means = means;
        var logStep = 0.03;
        _small = new TailGrid(Math.Log(Smallest) - 3 * logStep, logStep, (int)Math.Ceiling((Math.Log(Switch) - Math.Log(Smallest)) / logStep) + 6,
            x => RangeOfNormals.Cdf(Math.Exp(x), means));
        const double step = 0.02;
        const double piecesSwitch = RangeOfNormals.PiecesSwitch;
        _middle = new TailGrid(Switch - 3 * step, step, (int)Math.Ceiling((piecesSwitch - Switch) / step) + 6,
            w => RangeOfNormals.Cdf(w, means, 3));
        _large = new TailGrid(piecesSwitch - 3 * step, step, (int)Math.Ceiling((End - piecesSwitch) / step) + 4,
            w => RangeOfNormals.Cdf(w, means, 2));
    }

    public double Cdf(double w)
    {
        if (!(w < End))
        {
            return 1;
        }

        if (w <= 0)
        {
            return 0;
        }

        if (w < Smallest)
        {
            return RangeOfNormals.Cdf(w, _means);
        }

        return w < Switch ? _small.Cdf(Math.Log(w)) : w <= RangeOfNormals.PiecesSwitch ? _middle.Cdf(w) : _large.Cdf(w);
    }
}
