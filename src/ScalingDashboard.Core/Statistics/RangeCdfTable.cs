namespace ScalingDashboard.Core.Statistics;

/// <summary>
/// <see cref="RangeOfNormals.Cdf"/> for one number of means, tabulated on [0, 16] and read back by 6-point Lagrange
/// interpolation of ln(1 - W). Tukey's test evaluates the range CDF at ~66 scales for each of up to thousands of
/// pairs; the table replaces ~70 normal CDFs per evaluation with one interpolation. The upper tail's logarithm is
/// smooth (near-quadratic far out), so the interpolation keeps ~1e-10 relative accuracy in the tail that p-values
/// come from (checked against the direct evaluation in the tests).
/// </summary>
internal sealed class RangeCdfTable
{
    private const double Step = 0.02;
    private const double End = 16; // RangeOfNormals returns exactly 1 from here on
    private const int Stencil = 6;

    private readonly double[] _logUpper;
    private readonly double[] _upper;

    public RangeCdfTable(int means)
    {
        var count = (int)Math.Round(End / Step) + 1;
        _upper = new double[count];
        _logUpper = new double[count];
        for (var i = 0; i < count; i++)
        {
            _upper[i] = 1 - RangeOfNormals.Cdf(i * Step, means);
            _logUpper[i] = Math.Log(_upper[i]);
        }
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

        var position = w / Step;
        var first = Math.Clamp((int)Math.Floor(position) - Stencil / 2 + 1, 0, _upper.Length - Stencil);
        var t = position - first;
        var allPositive = true;
        for (var m = 0; m < Stencil; m++)
        {
            allPositive &= _upper[first + m] > 0;
        }

        // Where the tail has rounded to 0 the logarithm is -inf; there W is 1 to 16 digits and
        // reading the tail itself suffices.
        var values = allPositive ? _logUpper : _upper;
        var result = 0.0;
        for (var m = 0; m < Stencil; m++)
        {
            var basis = 1.0;
            for (var n = 0; n < Stencil; n++)
            {
                if (n != m)
                {
                    basis *= (t - n) / (m - n);
                }
            }

            result += basis * values[first + m];
        }

        var upper = allPositive ? Math.Exp(result) : Math.Max(0, result);
        return Math.Clamp(1 - upper, 0, 1);
    }
}
